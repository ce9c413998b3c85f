export function findBrowser(
  env: Record<string, string | undefined>,
  platform: string,
  exists: (path: string) => boolean,
): string | undefined;
export function hasDisplay(env: Record<string, string | undefined>, platform: string): boolean;
export function browserProfileDir(env: Record<string, string | undefined>, platform: string, home: string): string;
export function appModeArgs(url: string, profileDir: string, runningAsRoot?: boolean): string[];
export function installedElectron(
  electronPackageDir: string,
  exists: (path: string) => boolean,
  read: (path: string) => string,
): string | undefined;
