// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_FILE_BYTES, MAX_DIRECTORY_BYTES, sizeProblem } from '../../../../renderer/imports/run-import';

const MB = 1024 * 1024;

describe('the size limit on imported files', () => {
  it('lets files up to the limit through and explains, in megabytes, what to do with a bigger one', () => {
    expect(sizeProblem([{ size: MAX_CLIENT_FILE_BYTES }], MAX_CLIENT_FILE_BYTES)).toBeUndefined();
    expect(sizeProblem([{ size: 12 * MB }], MAX_CLIENT_FILE_BYTES)).toBe(
      'This is 12.0 MB; Signpost imports files up to 10.0 MB. Split it into smaller files and import them one after another.',
    );
  });

  it('counts a directory’s files together, so a 55 MB directory is read (in the worker) but 120 MB is not', () => {
    expect(sizeProblem([{ size: 40 * MB }, { size: 15 * MB }], MAX_DIRECTORY_BYTES)).toBeUndefined();
    expect(sizeProblem([{ size: 60 * MB }, { size: 60 * MB }], MAX_DIRECTORY_BYTES)).toContain('This is 120.0 MB');
  });
});
