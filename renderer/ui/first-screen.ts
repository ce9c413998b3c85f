/**
 * When the first screen after sign-in has shown its real content. Work that can wait (the
 * other screens' chunks, fetched ahead) starts after it, so it never competes with the
 * reads and the rendering that make Today usable. Today says so itself; a start on
 * another screen (a role without Today, a reload elsewhere) is covered by a time limit.
 */
let shown: () => void = () => undefined;
const firstScreen = new Promise<void>((resolve) => {
  shown = resolve;
});

/** Called by Today once it shows its figures (later calls change nothing). */
export function firstScreenShown(): void {
  shown();
}

/** Resolves once the first screen has shown its content, or after `limitMs` at most. */
export function afterFirstScreen(limitMs: number): Promise<void> {
  return Promise.race([firstScreen, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}
