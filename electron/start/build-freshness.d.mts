import type * as NodeFs from 'node:fs';

export interface FileSystem {
  stat(path: string): { mtimeMs: number; isDirectory(): boolean } | undefined;
  list(dir: string): string[];
}
export const BUILD_SOURCES: { renderer: string[]; electron: string[] };
export function newestModification(path: string, fs: FileSystem): number;
export function needsRebuild(root: string, output: string, sources: readonly string[], fs: FileSystem): boolean;
export function realFileSystem(nodeFs: typeof NodeFs): FileSystem;
