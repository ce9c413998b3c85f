// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../../../renderer/platform/browser-platform';

function recorder() {
  const downloads: { fileName: string; blob: Blob }[] = [];
  const opened: string[] = [];
  let prints = 0;
  const platform = browserPlatform({
    download: (fileName, blob) => downloads.push({ fileName, blob }),
    print: () => (prints += 1),
    open: (url) => opened.push(url),
  });
  return { platform, downloads, opened, prints: () => prints };
}

describe('the browser platform', () => {
  it('turns a save into a download with the suggested name and a type from its extension', async () => {
    const { platform, downloads } = recorder();
    const result = await platform.saveFile({ suggestedName: 'day-sheet.csv', content: 'a,b\n1,2\n' });
    expect(result).toEqual({ saved: true, fileName: 'day-sheet.csv' });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.blob.type).toBe('text/csv');
    expect(await downloads[0]?.blob.text()).toBe('a,b\n1,2\n');
  });

  it('downloads binary content byte for byte', async () => {
    const { platform, downloads } = recorder();
    await platform.saveFile({ suggestedName: 'report.xlsx', content: new Uint8Array([80, 75, 3, 4]) });
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    expect([...bytes]).toEqual([80, 75, 3, 4]);
    expect(downloads[0]?.blob.type).toContain('spreadsheetml');
  });

  it('refuses a save with no file name and downloads nothing', async () => {
    const { platform, downloads } = recorder();
    const result = await platform.saveFile({ suggestedName: '', content: 'x' });
    expect(result.saved).toBe(false);
    expect(downloads).toEqual([]);
  });

  it('opens the print dialog for "print to PDF" and tells the user where PDF is', async () => {
    const { platform, prints } = recorder();
    const result = await platform.printToPdf({ suggestedName: 'day-sheet.pdf', landscape: false });
    expect(prints()).toBe(1);
    expect(result).toMatchObject({ saved: false, reason: 'cancelled' });
  });

  it('opens an allow-listed https address and refuses a look-alike without opening anything', async () => {
    const { platform, opened } = recorder();
    expect(await platform.openExternal('https://www.gov.uk/browse/benefits')).toEqual({ opened: true });
    expect(await platform.openExternal('https://gov.uk.evil.example/benefits')).toEqual({ opened: false, reason: 'not-allowed' });
    expect(await platform.openExternal('javascript:alert(1)')).toEqual({ opened: false, reason: 'not-allowed' });
    expect(opened).toEqual(['https://www.gov.uk/browse/benefits']);
  });

  it('says the data lives in this browser’s storage for this origin', async () => {
    const info = await recorder().platform.getAppInfo();
    expect(info.shell).toBe('browser');
    expect(info.dataLocation).toContain(window.location.origin);
  });
});
