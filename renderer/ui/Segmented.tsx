/**
 * A choice between views of one list, as pressed buttons side by side ("This week | All
 * open"): the chosen one is pressed (aria-pressed) and filled, and the group is named so a
 * screen reader says what is being chosen.
 */
import type { ReactNode } from 'react';
import { Button } from './Button';

export interface SegmentedOption<T> {
  value: T;
  label: ReactNode;
  disabled?: boolean;
}

export function Segmented<T>({ label, options, value, onChange }: { label: string; options: readonly SegmentedOption<T>[]; value: T; onChange: (value: T) => void }) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((option, index) => {
        const chosen = Object.is(option.value, value);
        return (
          <Button key={index} variant={chosen ? 'primary' : 'secondary'} aria-pressed={chosen} disabled={option.disabled} onClick={() => onChange(option.value)}>
            {option.label}
          </Button>
        );
      })}
    </div>
  );
}
