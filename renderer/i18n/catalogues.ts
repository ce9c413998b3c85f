/**
 * Where the catalogues come from. English is bundled (it is the fallback for everything
 * and what the app opens in); every other language is a separate chunk per namespace,
 * fetched only when someone chooses it, so it does not grow the first load.
 */
import access from './locales/en-GB/access.json';
import advice from './locales/en-GB/advice.json';
import backups from './locales/en-GB/backups.json';
import clients from './locales/en-GB/clients.json';
import clinics from './locales/en-GB/clinics.json';
import common from './locales/en-GB/common.json';
import privacy from './locales/en-GB/privacy.json';
import referrals from './locales/en-GB/referrals.json';
import reports from './locales/en-GB/reports.json';
import settings from './locales/en-GB/settings.json';
import today from './locales/en-GB/today.json';
import volunteers from './locales/en-GB/volunteers.json';
import { NAMESPACES, type Language, type Namespace } from './languages';

export const sourceCatalogue = { common, today, clients, clinics, advice, referrals, volunteers, reports, settings, backups, access, privacy };

export type Catalogue = { [key: string]: string | Catalogue };

const lazy = import.meta.glob<Catalogue>(['./locales/*/*.json', '!./locales/en-GB/*.json'], { import: 'default' });

/** Every namespace of one language, e.g. to hand to i18next before switching to it. */
export async function loadCatalogue(language: Exclude<Language, 'en-GB'>): Promise<Record<Namespace, Catalogue>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => {
      const load = lazy[`./locales/${language}/${namespace}.json`];
      if (!load) throw new Error(`No ${namespace} catalogue for ${language}`);
      return [namespace, await load()] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Namespace, Catalogue>;
}
