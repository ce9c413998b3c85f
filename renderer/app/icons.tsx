/** Navigation icons drawn inline (no icon font, nothing fetched), 20px, stroke style. */
import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  today: (
    <>
      <rect x="3" y="4.5" width="14" height="12.5" rx="2" />
      <path d="M3 8.5h14M7 2.5v4M13 2.5v4" />
      <circle cx="10" cy="12.5" r="1.6" fill="currentColor" stroke="none" />
    </>
  ),
  clients: (
    <>
      <circle cx="8" cy="7" r="3" />
      <path d="M2.5 17c.6-3 2.8-4.8 5.5-4.8s4.9 1.8 5.5 4.8" />
      <path d="M13.5 4.3a3 3 0 0 1 0 5.4M15.5 12.6c1 .8 1.7 2.2 2 4.4" />
    </>
  ),
  clinics: (
    <>
      <rect x="3" y="3.5" width="14" height="13.5" rx="2" />
      <path d="M3 7.5h14M7 11h2M11 11h2M7 14h2" />
    </>
  ),
  advice: (
    <>
      <path d="M4 3.5h9l3 3V17H4z" />
      <path d="M7 9h6M7 12h6M7 15h4" />
    </>
  ),
  referrals: (
    <>
      <path d="M3 10h10M10 6l4 4-4 4" />
      <path d="M14.5 3.5H17v13h-2.5" />
    </>
  ),
  volunteers: (
    <>
      <path d="M10 16.5s-6.5-3.8-6.5-8.3A3.5 3.5 0 0 1 10 6.3a3.5 3.5 0 0 1 6.5 1.9c0 4.5-6.5 8.3-6.5 8.3z" />
    </>
  ),
  reports: (
    <>
      <path d="M3.5 16.5h13" />
      <rect x="5" y="9" width="2.5" height="5.5" />
      <rect x="9" y="5.5" width="2.5" height="9" />
      <rect x="13" y="11" width="2.5" height="3.5" />
    </>
  ),
  settings: (
    <>
      <circle cx="10" cy="10" r="2.5" />
      <path d="M10 2.5v2.2M10 15.3v2.2M2.5 10h2.2M15.3 10h2.2M4.7 4.7l1.6 1.6M13.7 13.7l1.6 1.6M4.7 15.3l1.6-1.6M13.7 6.3l1.6-1.6" />
    </>
  ),
  signpost: (
    <>
      <path d="M10 2.5v15M10 4.5h5.5l2 2-2 2H10M10 10H4.5l-2 2 2 2H10" />
    </>
  ),
};

export type IconName = keyof typeof paths;

/** Icons that point along the reading direction: drawn mirrored in right-to-left languages. */
const DIRECTIONAL: ReadonlySet<IconName> = new Set(['referrals']);

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      className={DIRECTIONAL.has(name) ? 'icon icon--directional' : 'icon'}
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {paths[name]}
    </svg>
  );
}
