/** Version and where the data lives, for Settings and for support questions. */
import type { AppInfo } from '../../shared/ipc/contract';

export function describeApp(version: string, userDataPath: string, platform: string): AppInfo {
  return {
    version,
    dataLocation: userDataPath,
    shell: 'electron',
    platform,
  };
}
