/**
 * What a screen (or part of one) shows until its records have arrived: never a zero, an
 * empty list or "Nobody is waiting", which would be a false answer to a volunteer glancing
 * at it. A polite status, so a screen reader says it once; `loading-state` is also what the
 * browser benchmark waits to see gone.
 */
import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="muted loading-state" role="status">
      {label ?? t('app.loading')}
    </p>
  );
}
