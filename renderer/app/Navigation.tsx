/** The navigation rail: the forum's name, then one link per area; the current one is marked. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSettings } from '../data';
import { LockButton } from '../features/access/LockButton';
import { can } from '../../shared/security/roles';
import { useSignedInUser } from '../security/session';
import { StatusRegion } from '../ui/StatusProvider';
import { AREAS } from './areas';
import { Icon } from './icons';
import { KeyboardShortcuts } from './shortcuts/KeyboardShortcuts';

export function Navigation() {
  const { t } = useTranslation();
  const settings = useSettings();
  const role = useSignedInUser()?.role;
  // Only the areas this role may open; the routes refuse the others too (area-route.tsx).
  const areas = AREAS.filter((area) => can(role, area.permission));
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <div className="app-nav__brand">
        <span className="app-nav__logo">
          <Icon name="signpost" size={22} />
        </span>
        <span>
          <span className="app-nav__product">{t('app.name')}</span>
          <br />
          <span className="app-nav__forum" dir="auto">
            {settings?.forumName ?? '\u00a0'}
          </span>
        </span>
      </div>
      <ul className="app-nav__list">
        {areas.map((area) => (
          <li key={area.path}>
            <NavLink to={area.path} end={area.path === '/'} className="app-nav__link">
              <Icon name={area.icon} />
              {t(area.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
      <LockButton />
      <StatusRegion />
      <KeyboardShortcuts />
      <p className="app-nav__footer">{t('app.offline')}</p>
    </nav>
  );
}
