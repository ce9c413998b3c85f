/**
 * Small files kept outside IndexedDB so that replacing one really removes the old bytes
 * from the profile: IndexedDB (LevelDB) keeps a deleted or overwritten value in its log and
 * table files until it compacts them, which may be months on a small forum. The origin
 * private file system writes a new version to a swap file and moves it over the old one
 * on close, so the old file is unlinked (measured: tests/e2e/security/at-rest-canary).
 * Electron serves the app from a standard, secure scheme, where this file system works.
 */
export interface ErasableFiles {
  /** The file's text, or undefined when there is none. */
  read(name: string): Promise<string | undefined>;
  /** Replaces the file whole (the old version is unlinked once the new one is in place). */
  replace(name: string, text: string): Promise<void>;
  /** Deletes the file; nothing happens when there is none. */
  remove(name: string): Promise<void>;
}

/** The erasure keys' file of a database (erasure-key.ts; one per database: a restore makes a new one). */
export const erasureKeysFileName = (databaseName: string): string => `erasure-keys-${databaseName}.json`;

const originPrivateFiles: ErasableFiles = {
  async read(name) {
    const root = await navigator.storage.getDirectory();
    try {
      const file = await (await root.getFileHandle(name)).getFile();
      return await file.text();
    } catch (error) {
      if (error instanceof DOMException && error.name === 'NotFoundError') return undefined;
      throw error;
    }
  },
  async replace(name, text) {
    const root = await navigator.storage.getDirectory();
    const writable = await (await root.getFileHandle(name, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  },
  async remove(name) {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(name).catch((error: unknown) => {
      if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
    });
  },
};

/** Files held in memory, for unit tests (Node has no origin private file system). */
export function filesInMemory(): ErasableFiles & { contents: Map<string, string> } {
  const contents = new Map<string, string>();
  return {
    contents,
    read: async (name) => contents.get(name),
    replace: async (name, text) => {
      contents.set(name, text);
    },
    remove: async (name) => {
      contents.delete(name);
    },
  };
}

let files: ErasableFiles = originPrivateFiles;

export function erasableFiles(): ErasableFiles {
  return files;
}

/** Swaps the store (unit tests use filesInMemory()). */
export function useErasableFiles(store: ErasableFiles): void {
  files = store;
}
