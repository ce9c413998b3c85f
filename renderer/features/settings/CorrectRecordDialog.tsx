/**
 * Correcting a damaged record's stored fields as JSON (Settings → Records that need
 * attention). A react-hook-form with zod: text that is not one JSON object is said next to
 * the field before anything is asked of the data layer; what the record's own schema then
 * refuses (field path and reason) comes back from the command and is said there too.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { messageCode } from '../../../shared/messages/message-code';
import { correctStoredRecord, ValidationError, type RecordNeedingAttention } from '../../data';
import { wordMessage } from '../../i18n';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { refusalMessage } from '../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';

const parsed = (json: string): unknown => {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
};

// The same checks and message codes as the command's first ones (records-needing-attention.ts), worded by Field.
const schema = z.object({
  json: z
    .string()
    .refine((json) => parsed(json) !== undefined, messageCode('common:refusal.invalidJson'))
    .refine((json) => {
      const value = parsed(json);
      return value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value));
    }, messageCode('common:refusal.oneJsonObject')),
});

interface CorrectRecordDialogProps {
  record: RecordNeedingAttention;
  initial: string;
  onClose: () => void;
  onSaved: () => void;
}

export function CorrectRecordDialog({ record, initial, onClose, onSaved }: CorrectRecordDialogProps) {
  const { t } = useTranslation('settings');
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { json: initial },
    ...VALIDATE_ON_SUBMIT,
  });
  const save = form.handleSubmit(async ({ json }) => {
    try {
      await correctStoredRecord(record.table, record.id, json);
      onSaved();
    } catch (error) {
      form.setError('json', {
        message:
          error instanceof ValidationError
            ? error.problems.map((p) => (p.path && p.path !== '(record)' ? `${p.path}: ${wordMessage(p.message)}` : wordMessage(p.message))).join('. ')
            : refusalMessage(error),
      });
    }
  });
  return (
    <Dialog title={t('attention.dialogTitle', { table: record.table })} onClose={onClose} wide>
      <form noValidate onSubmit={(event) => void save(event)}>
        <p className="muted">{t('attention.dialogIntro')}</p>
        <Field label={t('attention.storedFields')} error={form.formState.errors.json?.message}>
          {/* JSON is read left to right whatever the language around it. */}
          <textarea className="attention-json" dir="ltr" rows={16} spellCheck={false} {...form.register('json')} />
        </Field>
        <div className="dialog__actions">
          <Button onClick={onClose}>{t('attention.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
            {t('attention.saveCorrected')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
