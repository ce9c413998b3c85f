/** The top of every screen: its one h1, a line of context, and the screen's main actions. */
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function PageHeader({ title, lede, actions }: { title: string; lede?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  const documentTitle = t('app.documentTitle', { title });
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
