/**
 * The page the access screens share: the product's name, one h1 and the form, and the
 * window title set to the screen's (never a person's name).
 */
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function AccessFrame({ title, lede, children }: { title: string; lede?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const windowTitle = t('app.documentTitle', { title });
  useEffect(() => {
    document.title = windowTitle;
  }, [windowTitle]);
  return (
    <main className="access-screen" id="main" tabIndex={-1}>
      <div className="access-screen__card">
        <p className="access-screen__product">{t('app.name')}</p>
        <h1>{title}</h1>
        {lede ? <p className="access-screen__lede">{lede}</p> : null}
        {children}
      </div>
    </main>
  );
}
