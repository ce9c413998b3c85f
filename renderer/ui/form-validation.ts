/**
 * When forms check what was typed: on submit, then again as the person changes a field.
 * Never on leaving a field: a message appearing then (or vanishing) moves everything below
 * it while the pointer is pressed on the next control (a consent box, "Add a check"), and
 * that click was lost. Every form spreads this into useForm.
 */
export const VALIDATE_ON_SUBMIT = { mode: 'onSubmit', reValidateMode: 'onChange' } as const;
