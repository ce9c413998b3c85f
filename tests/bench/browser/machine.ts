/** The machine a run was measured on, printed with the figures. */
import { cpus, totalmem } from 'node:os';

export function describeMachine(chromiumVersion: string): string[] {
  const cores = cpus();
  return [
    `CPU: ${cores.length} × ${cores[0]?.model.trim() ?? 'unknown'}`,
    `memory: ${Math.round(totalmem() / 2 ** 30)} GiB`,
    `Node ${process.version}, Chromium ${chromiumVersion}, ${process.platform} ${process.arch}`,
  ];
}
