/**
 * The part of date-holidays-parser that closures.ts uses. The package ships full typings,
 * but its package.json "exports" does not point TypeScript at them.
 */
declare module 'date-holidays-parser' {
  interface Holiday {
    /** 'YYYY-MM-DD hh:mm:ss' in the country's own time zone. */
    date: string;
    name: string;
    type: 'public' | 'bank' | 'school' | 'optional' | 'observance';
    substitute?: boolean;
  }
  export default class Holidays {
    constructor(data: object, country: string, state: string);
    getHolidays(year: number, lang?: string): Holiday[];
  }
}
