// The browser fallback's server. The forum's data lives in the browser profile under the
// origin http://127.0.0.1:4173, so whatever answers on that port is handed every record.
// The server therefore runs inside `npm start`'s own process (Vite's preview, strict port):
// when it resolves, this process holds the port; when the port is held by anything else,
// start stops with a clear message and no browser is opened.
import { createServer } from 'node:net';

export class PortTakenError extends Error {
  /** @param {number} port */
  constructor(port) {
    super(
      `Port ${port} is already in use by another program, so Signpost will not open: the forum's data is kept ` +
        `for the address http://127.0.0.1:${port}/, and a page Signpost did not start must not reach it. ` +
        `Close the other program (or the other copy of Signpost) and run npm start again.`,
    );
    this.name = 'PortTakenError';
    this.port = port;
  }
}

/**
 * Whether something is listening on host:port (we cannot bind it ourselves).
 * @param {number} port
 * @param {string} host
 * @returns {Promise<boolean>}
 */
export function portIsHeld(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

/**
 * Starts the app's server on exactly host:port in this process, or throws PortTakenError.
 * @template {{ close: () => Promise<void> }} S
 * @param {(options: { preview: { port: number, host: string, strictPort: true, open: false } }) => Promise<S>} startPreview
 * @param {number} port
 * @param {string} host
 * @returns {Promise<S>}
 */
export async function serveAppOn(startPreview, port, host) {
  try {
    return await startPreview({ preview: { port, host, strictPort: true, open: false } });
  } catch (error) {
    // Vite words this as an Error with no code; ask the port itself what happened.
    if (await portIsHeld(port, host)) throw new PortTakenError(port);
    throw error;
  }
}
