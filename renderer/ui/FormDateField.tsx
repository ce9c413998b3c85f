/**
 * A DateField bound to a react-hook-form field by name, with the form's message for it:
 * the Controller block every form with a date wrote out for itself. `optional`: left
 * empty, the field holds undefined (no follow-up, no expiry), not an empty date.
 */
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField } from './DateField';

interface FormDateFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  hint?: string;
  optional?: boolean;
}

export function FormDateField<T extends FieldValues>({ control, name, label, hint, optional = false }: FormDateFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          label={label}
          {...(hint === undefined ? {} : { hint })}
          value={field.value as string | undefined}
          onChange={optional ? (value) => field.onChange(value === '' ? undefined : value) : field.onChange}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
