import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <div className="panel">
        <p>{t('notFound.body')}</p>
        <Link to="/">{t('notFound.home')}</Link>
      </div>
    </>
  );
}
