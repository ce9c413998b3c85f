/** The forum's clinics with their schedules; each can be edited. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Clinic } from '../../../shared/schemas';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { DataTable, type Column } from '../../ui/DataTable';
import { EmptyState } from '../../ui/EmptyState';
import { UserText } from '../../ui/UserText';
import { useClinicWords } from './words/clinic-words';
import { describeStoredRule } from './words/schedule-words';
import { useCan } from '../../security/permissions';

export function ClinicList({ clinics }: { clinics: Clinic[] | undefined }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const words = useClinicWords();
  const canEdit = useCan('clinics.write');
  if (clinics === undefined) return null;
  if (clinics.length === 0) {
    return (
      <EmptyState title={t('list.emptyTitle')}>
        {t('list.emptyBody')} <Link to="/settings">{t('list.emptyLink')}</Link>
      </EmptyState>
    );
  }
  const columns: Array<Column<Clinic> | false> = [
    {
      key: 'name',
      header: t('list.clinic'),
      cell: (c) => (
        <strong>
          <UserText>{c.name}</UserText>
        </strong>
      ),
    },
    { key: 'kind', header: t('list.kind'), cell: (c) => words.kind(c.kind) },
    {
      key: 'schedule',
      header: t('list.when'),
      cell: (c) => t('list.schedule', { rule: describeStoredRule(c.rrule, t, format), hours: format.timeRange(c.openTime, c.closeTime) }),
    },
    { key: 'venue', header: t('list.venue'), cell: (c) => (c.venue ? <UserText>{c.venue}</UserText> : '–') },
    { key: 'active', header: t('list.status'), cell: (c) => (c.active ? <Badge tone="ok">{t('list.running')}</Badge> : <Badge>{t('list.paused')}</Badge>) },
    canEdit && {
      key: 'edit',
      header: t('list.actions'),
      cell: (c) => (
        <Link to={`/clinics/${c.id}/edit`} aria-label={t('list.editLabel', { name: c.name })}>
          {t('list.edit')}
        </Link>
      ),
    },
  ];
  return <DataTable caption={t('list.caption')} columns={columns.filter((column): column is Column<Clinic> => Boolean(column))} rows={clinics} rowKey={(c) => c.id} />;
}
