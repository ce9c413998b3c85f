/** The left navigation: the forum's name, then one link per area; the current one is marked. */
import { NavLink } from 'react-router';
import { useSettings } from '../data';
import { StatusRegion } from '../ui/StatusProvider';
import { AREAS } from './areas';
import { Icon } from './icons';

export function Navigation() {
  const settings = useSettings();
  return (
    <nav className="app-nav" aria-label="Main">
      <div className="app-nav__brand">
        <span className="app-nav__logo">
          <Icon name="signpost" size={22} />
        </span>
        <span>
          <span className="app-nav__product">Signpost</span>
          <br />
          <span className="app-nav__forum" dir="auto">
            {settings?.forumName ?? '\u00a0'}
          </span>
        </span>
      </div>
      <ul className="app-nav__list">
        {AREAS.map((area) => (
          <li key={area.path}>
            <NavLink to={area.path} end={area.path === '/'} className="app-nav__link">
              <Icon name={area.icon} />
              {area.label}
            </NavLink>
          </li>
        ))}
      </ul>
      <StatusRegion />
      <p className="app-nav__footer">Works offline. Data stays on this computer.</p>
    </nav>
  );
}
