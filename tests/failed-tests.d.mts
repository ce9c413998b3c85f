export function failedUnitTests(report: unknown, root: string): string[];
export function failedE2eTests(report: unknown): string[];
