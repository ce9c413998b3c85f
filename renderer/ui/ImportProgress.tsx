/** Reading a file to import: how far it has got, and a Cancel that stops it at once. */
import { Button } from './Button';

export function ImportProgress({ label, fraction, onCancel }: { label: string; fraction: number; onCancel: () => void }) {
  const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div className="import-progress" role="group" aria-label={label}>
      <label className="field__label" htmlFor="import-progress">
        {label}
      </label>
      <progress id="import-progress" max={100} value={percent} aria-valuetext={`${percent}%`}>
        {percent}%
      </progress>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}
