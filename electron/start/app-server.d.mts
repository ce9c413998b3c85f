export class PortTakenError extends Error {
  constructor(port: number);
  port: number;
}
export function portIsHeld(port: number, host: string): Promise<boolean>;
export function serveAppOn<S extends { close: () => Promise<void> }>(
  startPreview: (options: { preview: { port: number; host: string; strictPort: true; open: false } }) => Promise<S>,
  port: number,
  host: string,
): Promise<S>;
