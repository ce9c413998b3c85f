/** Every record schema: the single source of truth for forms, storage and exports. */
export * from './common';
export { plainMessage } from './messages';
export * from './client';
export * from './clinic';
export * from './appointment';
export * from './advice';
export * from './service';
export * from './referral';
export * from './volunteer';
export * from './settings';
export * from './audit';
export * from './first-contact';
