/**
 * Hours worked as a volunteer types them: in their own digits (Arabic-Indic, Persian) and
 * with their own decimal mark ("2,5" in Polish and Ukrainian, "٢٫٥" in Arabic). NaN when it
 * is not a number, so the form can say so.
 */
import { westernDigits } from '../../../ui/date-parts';

export function readHours(text: string): number {
  const plain = westernDigits(text.trim()).replace(/[,\u066B]/u, '.');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}
