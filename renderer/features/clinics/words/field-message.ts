/**
 * A clinic form field's message in the volunteer's language. The clinic form's own
 * problems arrive as codes from shared/frontdesk/clinic-form and are worded here; any other
 * message (the shared schemas', which renderer/ui words) is passed on as it came.
 */
import { useTranslation } from 'react-i18next';
import { isClinicFormProblem } from '../../../../shared/frontdesk/clinic-form';

export function useFieldMessage(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation('clinics');
  return (message) => (isClinicFormProblem(message) ? t(`validation.${message}`) : message);
}
