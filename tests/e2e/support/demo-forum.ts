/**
 * The demo forum Settings loads, regenerated in the test (same seed) to know its personal
 * strings: in the app they are sealed in IndexedDB and cannot be read back from the page.
 *
 * Loaded through jiti rather than imported: Playwright's loader takes the rrule package's
 * CommonJS build, whose named exports Node cannot see, where Vite takes its ES module build.
 */
import { createJiti } from 'jiti';
import type * as Dataset from '../../../shared/demo/dataset';
import type * as Generate from '../../../shared/demo/generate';

const jiti = createJiti(import.meta.url);

export async function demoForum(): Promise<Dataset.ForumDataset> {
  const { DEMO_SEED } = await jiti.import<typeof Dataset>('../../../shared/demo/dataset.ts');
  const { generateForum } = await jiti.import<typeof Generate>('../../../shared/demo/generate.ts');
  return generateForum({ seed: DEMO_SEED, scale: 'demo', today: new Date().toISOString().slice(0, 10) });
}
