/**
 * The lint check for literal user-facing text applies to the translated folders, and only
 * to them: a word in JSX or in a label-like prop fails, codes and class names do not.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

const component = `export function Example({ count }: { count: number }) {
  return (
    <div className="panel" role="alert" title="Find a client" aria-label={\`Remove \${count}\`}>
      Nothing here yet
      <input type="search" placeholder={'Name or phone'} />
      <span aria-label="—">{count}</span>
    </div>
  );
}
`;

async function problemsIn(filePath: string) {
  const [result] = await eslint.lintText(component, { filePath });
  return (result?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
}

describe('the no-literal-text lint check', () => {
  it('flags words in JSX text and in title, aria-label and placeholder in a translated file', async () => {
    expect(await problemsIn('renderer/i18n/Example.tsx')).toEqual([
      '3:47 no-restricted-syntax',
      '3:75 no-restricted-syntax',
      '3:94 i18next/no-literal-string',
      '5:41 no-restricted-syntax',
    ]);
  });

  it('leaves files outside the translated folders alone', async () => {
    expect(await problemsIn('renderer/platform/Example.tsx')).toEqual([]);
  });
});
