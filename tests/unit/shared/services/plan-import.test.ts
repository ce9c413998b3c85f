import { describe, expect, it } from 'vitest';
import { importHsdsJson, planImport, type ExistingService } from '../../../../shared/services/hsds-import';
import { ServiceInput, type Service } from '../../../../shared/schemas';

const first = importHsdsJson([
  { id: 'h1', name: 'Citizens Advice', url: 'https://www.cas.org.uk', taxonomy: ['Benefits'] },
  { id: 'h2', name: 'Food bank', taxonomy: ['Food banks'] },
  { id: 'h3', name: 'ESOL classes', taxonomy: ['Education'] },
]);

/** What the repository would have stored after importing `first`. */
function stored(): Service[] {
  return first.services.map((s, i) => ({
    ...ServiceInput.parse(s.input),
    id: `svc-${i + 1}`,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
  }));
}

describe('planImport', () => {
  it('creates everything the first time', () => {
    const plan = planImport(first, []);
    expect(plan.create.map((s) => s.name)).toEqual(['Citizens Advice', 'Food bank', 'ESOL classes']);
    expect(plan.update).toEqual([]);
    expect(plan.unchanged).toBe(0);
  });

  it('re-importing the same file changes nothing and duplicates nothing', () => {
    expect(planImport(first, stored())).toEqual({ create: [], update: [], unchanged: 3, notInFile: [] });
  });

  it('updates by HSDS id, keeps the forum’s notes, and creates only what is new', () => {
    const existing: ExistingService[] = stored().map((s) => (s.id === 'svc-2' ? { ...s, notes: 'Ask for Jean' } : s));
    const second = importHsdsJson([
      { id: 'h1', name: 'Citizens Advice', url: 'https://www.cas.org.uk', taxonomy: ['Benefits'] },
      { id: 'h2', name: 'Southside Food Bank', taxonomy: ['Food banks'] },
      { id: 'h4', name: 'Job club', taxonomy: ['Employment'] },
    ]);
    const plan = planImport(second, existing);
    expect(plan.create.map((s) => s.hsdsId)).toEqual(['h4']);
    expect(plan.update).toEqual([
      {
        id: 'svc-2',
        input: {
          hsdsId: 'h2',
          name: 'Southside Food Bank',
          categories: ['money'],
          languages: [],
          interpretationOffered: false,
          active: true,
          notes: 'Ask for Jean',
        },
      },
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.notInFile).toEqual(['svc-3']);
  });

  it('ignores the order of languages and categories, and leaves hand-made services alone', () => {
    const existing: ExistingService[] = [
      { ...stored()[0]!, categories: ['benefits'] },
      { id: 'manual', name: 'Citizens Advice' },
    ];
    const plan = planImport({ services: first.services.slice(0, 1) }, existing);
    expect(plan.unchanged).toBe(1);
    expect(plan.create).toEqual([]);
    expect(plan.notInFile).toEqual([]);
  });

  it('updates a match it cannot compare (a bare id and HSDS id)', () => {
    const plan = planImport({ services: first.services.slice(0, 1) }, [{ id: 'svc-9', hsdsId: 'h1' }]);
    expect(plan.update.map((u) => u.id)).toEqual(['svc-9']);
  });
});
