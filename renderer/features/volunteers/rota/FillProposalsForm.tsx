/**
 * The solver's proposals for the month's open places, each ticked to start with: the
 * coordinator accepts all of them or only the ticked ones. A react-hook-form with zod:
 * accepting with nothing ticked is said next to the list, in our words, and nothing is
 * written; a refusal from the command is said there too.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Proposal } from '../../../../shared/rota/solver';
import { acceptProposals } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { refusalMessage } from '../../../ui/form-errors';
import { VALIDATE_ON_SUBMIT } from '../../../ui/form-validation';
import { useStatus } from '../../../ui/StatusProvider';
import { UserText } from '../../../ui/UserText';
import { useRotaWords } from '../words/use-rota-words';

interface FillProposalsFormProps {
  proposals: readonly Proposal[];
  names: ReadonlyMap<string, string>;
  clinicNames: ReadonlyMap<string, string>;
  onClose: () => void;
}

export function FillProposalsForm({ proposals, names, clinicNames, onClose }: FillProposalsFormProps) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const status = useStatus();
  const listErrorId = useId();
  const noneTicked = t('fill.noneTicked');
  const schema = useMemo(() => z.object({ ticked: z.array(z.boolean()).refine((ticked) => ticked.some(Boolean), noneTicked) }), [noneTicked]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { ticked: proposals.map(() => true) },
    ...VALIDATE_ON_SUBMIT,
  });
  const ticked = useWatch({ control: form.control, name: 'ticked' });
  const count = ticked.filter(Boolean).length;
  const tickAll = (on: boolean) => {
    form.setValue('ticked', proposals.map(() => on));
    // Checked again as a change, like a ticked box: the whole form, so the list's own message goes too.
    if (form.formState.isSubmitted) void form.trigger();
  };

  const accept = form.handleSubmit(async (values) => {
    try {
      const { accepted, leftOut } = await acceptProposals(proposals.filter((_, i) => values.ticked[i]));
      status.say(leftOut > 0 ? t('fill.filledLeftOut', { count: accepted, leftOut }) : t('fill.filled', { count: accepted }));
      onClose();
    } catch (error) {
      form.setError('root', { message: refusalMessage(error) });
    }
  });
  const { errors } = form.formState;
  // A check of the whole list lands on `ticked.root` (the resolver nests an array's own error there).
  const problem = errors.ticked?.root?.message ?? errors.ticked?.message ?? errors.root?.message;

  return (
    <form noValidate onSubmit={(event) => void accept(event)}>
      <div className="fill-actions">
        <Button variant="quiet" onClick={() => tickAll(true)}>
          {t('fill.tickAll')}
        </Button>
        <Button variant="quiet" onClick={() => tickAll(false)}>
          {t('fill.untickAll')}
        </Button>
      </div>
      <ul className="proposal-list" aria-label={t('fill.list')} aria-describedby={problem ? listErrorId : undefined}>
        {proposals.map((p, i) => (
          <li key={`${i}:${p.position.sessionId}:${p.position.role}:${p.volunteerId}`}>
            <label className="checkbox">
              <input type="checkbox" {...form.register(`ticked.${i}`)} />
              <span className="proposal__when">
                {format.date(p.position.date, 'medium')} {format.time(p.position.startTime)}
              </span>
              <span>
                {t('fill.what', {
                  clinic: words.name(clinicNames.get(p.position.clinicId) ?? t('rota.clinic')),
                  role: words.roleWithLanguage(p.position.role, p.position.language),
                })}
              </span>
              <span className="proposal__who">
                <span aria-hidden="true" className="icon--directional">
                  →
                </span>{' '}
                <UserText>{names.get(p.volunteerId) ?? t('rota.aVolunteer')}</UserText>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {problem ? (
        <p className="field__error" id={listErrorId} role="alert">
          {problem}
        </p>
      ) : null}
      <div className="dialog__actions">
        <Button onClick={onClose}>{t('fill.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={form.formState.isSubmitting}>
          {t('fill.accept', { count })}
        </Button>
      </div>
    </form>
  );
}
