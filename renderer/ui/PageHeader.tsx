/** The top of every screen: its one h1, a line of context, and the screen's main actions. */
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS } from '../app/areas';

/**
 * The area a hash route belongs to (`#/clients/abc` → Clients). The window title names the
 * area, never the page's own heading, which can be a person's name: a title shows in the
 * taskbar, the window switcher and screen-sharing, to whoever is near the screen.
 */
export function areaOf(hash: string) {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  const first = `/${path.split('/')[1] ?? ''}`;
  return AREAS.find((area) => area.path === first) ?? AREAS[0]!;
}

export function PageHeader({ title, lede, actions }: { title: string; lede?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  const documentTitle = t('app.documentTitle', { title: t(areaOf(window.location.hash).labelKey) });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {lede ? <p className="page-header__lede">{lede}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
