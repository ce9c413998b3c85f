/**
 * The volunteer's own name, remembered on this computer to pre-fill "recorded by".
 * It is the volunteer's name, never a client's.
 */
const KEY = 'signpost.recorder';

export function lastRecorder(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberRecorder(name: string): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    // Storage unavailable: the field is simply empty next time.
  }
}
