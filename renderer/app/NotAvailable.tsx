/**
 * What a role sees at an address it may not open (typed, bookmarked, or followed from a
 * link): a plain sentence and the way back to its own first area. Nothing of the screen
 * it asked for is read.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../shared/security/roles';
import { useSignedInUser } from '../security/session';
import { PageHeader } from '../ui/PageHeader';
import { AREAS, type Area } from './areas';

/** The first area in the rail the signed-in user may open. */
export function useFirstArea(): Area | undefined {
  const role = useSignedInUser()?.role;
  return AREAS.find((area) => can(role, area.permission));
}

export function NotAvailable() {
  const { t } = useTranslation('access');
  const { t: tc } = useTranslation();
  const first = useFirstArea();
  return (
    <>
      <PageHeader title={t('notAvailable.title')} />
      <div className="panel">
        <p>{t('notAvailable.body')}</p>
        {first ? <Link to={first.path}>{t('notAvailable.goTo', { area: tc(first.labelKey) })}</Link> : null}
      </div>
    </>
  );
}
