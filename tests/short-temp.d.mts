export const MAX_TEMP_LENGTH: number;
export function makeShortTempDir(systemTemp: string, platform: string, makeUnique?: (prefix: string) => string): string;
