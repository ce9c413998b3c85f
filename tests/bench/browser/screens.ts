/**
 * The screens the benchmark visits: where each is, what shows it is painted with its first
 * rows, and the raw IndexedDB read of the records it lists (the whole list: a screen that
 * pages reads less than that, and its ratio falls below 1).
 */
import type { ReadySpec } from './probes';
import type { RawRead } from './raw-reads';
import { word } from './words';

export interface Screen {
  what: string;
  hash: string;
  ready: ReadySpec;
  raw: RawRead[];
}

const TABLE_ROWS = 'main tbody tr:not([aria-hidden="true"])';

export function todayScreen(today: string): Screen {
  return {
    what: 'Today',
    hash: '/',
    ready: { heading: word('today', 'title'), rows: 'main .stat-row' },
    raw: [
      { store: 'sessions', index: 'date', only: today },
      { store: 'appointments', index: 'date', only: today },
    ],
  };
}

export function listScreens(): Screen[] {
  return [
    { what: 'clients', hash: '/clients', ready: { heading: word('clients', 'list.title'), rows: TABLE_ROWS }, raw: [{ store: 'clients' }] },
    { what: 'advice', hash: '/advice', ready: { heading: word('advice', 'log.title'), rows: TABLE_ROWS }, raw: [{ store: 'adviceEntries' }] },
    {
      what: 'follow-ups',
      hash: '/advice',
      ready: { rows: `main section[aria-label="${word('advice', 'followUps.title')}"] li` },
      raw: [
        { store: 'adviceEntries', index: 'openFollowUp' },
        { store: 'referrals', index: 'openFollowUp' },
      ],
    },
    { what: 'referrals', hash: '/referrals', ready: { heading: word('referrals', 'list.title'), rows: TABLE_ROWS }, raw: [{ store: 'referrals' }] },
    { what: 'services', hash: '/referrals/services', ready: { heading: word('referrals', 'services.title'), rows: TABLE_ROWS }, raw: [{ store: 'services' }] },
    { what: 'volunteers', hash: '/volunteers', ready: { heading: word('volunteers', 'list.title'), rows: TABLE_ROWS }, raw: [{ store: 'volunteers' }] },
  ];
}

/** Every area, for the rounds of use that measure memory: each is waited for until it has stopped loading. */
export function everyScreen(today: string, month: string): { hash: string; ready: ReadySpec }[] {
  return [
    todayScreen(today),
    ...listScreens().filter((s) => s.what !== 'follow-ups'),
    { hash: '/clinics', ready: { heading: word('clinics', 'screen.title') } },
    { hash: `/volunteers/rota?month=${month}`, ready: { rows: 'main table' } },
    { hash: '/reports', ready: { heading: word('reports', 'screen.title') } },
    { hash: '/settings', ready: { heading: word('settings', 'screen.title') } },
  ];
}
