/**
 * What the page and the import worker say to each other. Files travel as bytes with their
 * names in a list (never as keys of an object), and the worker answers with plain data.
 */
import type { TextTable } from '../../shared/imports/csv-table';
import type { IssueCategory } from '../../shared/schemas';
import type { HsdsImportResult } from '../../shared/services/hsds-import';
import type { AssumedEncoding } from './decode-bytes';

export interface FileBytes {
  name: string;
  bytes: ArrayBuffer;
}

export type ImportRequest =
  | { kind: 'table'; file: FileBytes }
  | { kind: 'hsds'; files: FileBytes[]; categories: IssueCategory[] };

export interface EncodingNote {
  fileName: string;
  encoding: AssumedEncoding;
}

export type ImportResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'table'; table: TextTable; format: 'csv' | 'xlsx'; encodings: EncodingNote[] }
  | { type: 'hsds'; result: HsdsImportResult; encodings: EncodingNote[] }
  /** `unreadable`: the file is damaged or not what its name says; `directory`: the services directory's own reason (its message). */
  | { type: 'refused'; reason: 'unreadable' }
  | { type: 'refused'; reason: 'directory'; message: string };
