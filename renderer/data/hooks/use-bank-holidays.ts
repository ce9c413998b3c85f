/** UK bank holidays for screens: undefined until the (lazily loaded) rules are ready. */
import { useEffect, useState } from 'react';
import { loadBankHolidays, type BankHolidays } from '../../../shared/schedule/bank-holidays';

export function useBankHolidays(): BankHolidays | undefined {
  const [holidays, setHolidays] = useState<BankHolidays>();
  useEffect(() => {
    let live = true;
    void loadBankHolidays().then((loaded) => {
      if (live) setHolidays(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return holidays;
}
