/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The app version, from package.json at build time (see vite.config.ts). */
  readonly VITE_APP_VERSION?: string;
}
