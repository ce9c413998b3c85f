/** Settings → Backups and Restore, as a coordinator uses them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { SignpostApp } from './signpost-app';
import { AccessGate } from './access';

export class BackupsPage {
  readonly app: SignpostApp;
  constructor(readonly page: Page) {
    this.app = new SignpostApp(page);
  }

  backups() {
    return this.page.getByRole('region', { name: 'Backups' });
  }

  restore() {
    return this.page.getByRole('region', { name: 'Restore a backup' });
  }

  /** Makes a backup (downloaded: no folder in the browser) and returns the file's path. */
  async makeBackup(passphrase?: string): Promise<string> {
    await this.app.open('/settings');
    if (passphrase) {
      await this.backups().getByLabel('Backup passphrase (optional)').fill(passphrase);
      await this.backups().getByLabel('Repeat the passphrase').fill(passphrase);
    }
    const download = this.page.waitForEvent('download');
    await this.backups().getByRole('button', { name: 'Make a backup now' }).click();
    const file = await download;
    await expect(this.app.status(/Backup made and checked/)).toBeVisible();
    const path = await file.path();
    expect(file.suggestedFilename()).toMatch(/^signpost-\d{4}-\d{2}-\d{2}-\d{6}\.spbackup$/);
    return path;
  }

  async chooseFile(path: string) {
    await this.restore().getByLabel('Backup file').setInputFiles(path);
  }

  confirmDialog() {
    return this.page.getByRole('alertdialog', { name: 'Replace this computer’s records with the backup?' });
  }

  /** Confirms the checked restore and waits for the reloaded app to say so. */
  async confirmRestore() {
    await this.confirmDialog().getByRole('button', { name: 'Restore the backup' }).click();
    // The page reloads onto the restored records, which locks it: sign in again.
    await new AccessGate(this.app.page).signIn();
    await expect(this.app.status(/Backup restored/)).toBeVisible({ timeout: 15_000 });
  }
}

/** A copy of a file with one byte changed or the end cut off, as a bad copy would be. */
export function damagedCopy(path: string, how: 'flip' | 'truncate'): string {
  const bytes = readFileSync(path);
  const out = how === 'flip' ? Buffer.from(bytes) : bytes.subarray(0, Math.floor(bytes.length * 0.6));
  if (how === 'flip') out[Math.floor(out.length / 2)]! ^= 0x10;
  const target = `${path}-${how}.spbackup`;
  writeFileSync(target, out);
  return target;
}
