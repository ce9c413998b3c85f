/**
 * A test waits for what it expects for up to 10 s, as the e2e tests do. The libraries'
 * default of 1 s (testing-library's findBy and waitFor) was overrun on CI's busy two-core
 * machine, where typecheck and lint run beside the first unit tests. A wait still ends as
 * soon as what it waits for is there, so a passing test is no slower. (`expect.poll` takes
 * the same limit from vitest.config.ts; `vi.waitFor` has no default to set, so its calls
 * name theirs.)
 */
import { PATIENT_WAIT_MS } from './patient-wait-ms';

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: PATIENT_WAIT_MS });
}
