/**
 * The printable subject access sheet: everything held about one person, in sections, with
 * the forum's name and the date it was made. Values the person or a volunteer typed are
 * isolated so a name in Arabic script keeps its direction.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectAccessRecord } from '../../data';
import { useFormat } from '../../i18n';
import { UserText } from '../../ui/UserText';
import { useSubjectAccessWords } from './subject-access-words';

const DETAIL_FIELDS = [
  'ref',
  'name',
  'nameLatin',
  'phone',
  'email',
  'birthYear',
  'ageBand',
  'gender',
  'genderSelfDescribed',
  'nationality',
  'languages',
  'interpreterLanguage',
  'area',
  'arrivalYear',
  'immigrationStatus',
] as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="subject-access__section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function SubjectAccessSheet({ record }: { record: SubjectAccessRecord }) {
  const { t } = useTranslation('privacy');
  const format = useFormat();
  const { client } = record;
  const words = useSubjectAccessWords();
  const none = <p>{t('rights.sheet.none')}</p>;
  return (
    <article className="day-sheet subject-access" aria-label={t('rights.sheet.label')}>
      <header className="day-sheet__header">
        <h2>{t('rights.sheet.title')}</h2>
        <p>{t('rights.sheet.made', { forum: record.forumName, date: format.dateTime(record.generatedAt) })}</p>
      </header>
      <Section title={t('rights.sheet.details')}>
        <dl className="pairs">
          {DETAIL_FIELDS.filter((field) => words.detail(field, client[field]) !== '').map((field) => (
            <div key={field}>
              <dt>{t(`rights.field.${field}`)}</dt>
              <dd>
                <UserText>{words.detail(field, client[field])}</UserText>
              </dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={t('rights.sheet.consents')}>
        <ul>
          {(['storage', 'sharing', 'contact'] as const).map((kind) => {
            const consent = client.consents[kind];
            if (!consent) return null;
            return (
              <li key={kind}>
                {t('rights.sheet.consent', { consent: kind, given: String(consent.given), date: format.date(consent.date) })} <UserText>{consent.recordedBy}</UserText>
              </li>
            );
          })}
          {(client.withdrawals ?? []).map((w, index) => (
            <li key={`w${index}`}>
              {t('rights.sheet.withdrawn', { consent: w.consent, date: format.date(w.date) })} <UserText>{w.recordedBy}</UserText>
            </li>
          ))}
          {client.restriction ? <li>{t('rights.sheet.restricted', { date: format.date(client.restriction.since) })}</li> : null}
        </ul>
      </Section>
      <Section title={t('rights.sheet.appointments', { count: record.appointments.length })}>
        {record.appointments.length === 0
          ? none
          : (
            <ul>
              {record.appointments.map((a) => (
                <li key={a.id}>
                  {format.date(a.date)} {a.slotTime ? format.time(a.slotTime) : ''} · <UserText>{a.clinicName ?? ''}</UserText> · {words.appointmentStatus(a.status)}
                  {a.purpose ? (
                    <>
                      {' · '}
                      <UserText>{a.purpose}</UserText>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
      </Section>
      <Section title={t('rights.sheet.advice', { count: record.advice.length })}>
        {record.advice.length === 0
          ? none
          : (
            <ul>
              {record.advice.map((a) => (
                <li key={a.id}>
                  {format.date(a.date)} · <UserText>{a.categoryLabels.join(', ')}</UserText> · {words.outcome(a.outcome)} · {format.duration(a.minutes, 'minute')} · <UserText>{a.adviserName}</UserText>
                  {a.actions ? (
                    <p>
                      <UserText>{a.actions}</UserText>
                    </p>
                  ) : null}
                  {a.notes ? (
                    <p>
                      <UserText>{a.notes}</UserText>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
      </Section>
      <Section title={t('rights.sheet.referrals', { count: record.referrals.length })}>
        {record.referrals.length === 0
          ? none
          : (
            <ul>
              {record.referrals.map((r) => (
                <li key={r.id}>
                  {format.date(r.date)} · <UserText>{r.serviceName ?? ''}</UserText> · {words.referralStatus(r.status)}
                  {r.details ? (
                    <p>
                      <UserText>{r.details}</UserText>
                    </p>
                  ) : null}
                  {r.outcome ? (
                    <p>
                      <UserText>{r.outcome}</UserText>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
      </Section>
      <Section title={t('rights.sheet.accessLog', { count: record.accessLog.length })}>
        {record.accessLog.length === 0
          ? none
          : (
            <ul>
              {record.accessLog.map((entry, index) => (
                <li key={index}>
                  {format.dateTime(entry.at)} · {t(`audit.actions.${entry.action}`)} ·{' '}
                  {entry.user ? <UserText>{entry.user}</UserText> : entry.role ? t('rights.sheet.byRole', { role: entry.role }) : t('audit.nobody')}
                </li>
              ))}
            </ul>
          )}
      </Section>
    </article>
  );
}
