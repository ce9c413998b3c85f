/**
 * A ref that puts the cursor in an element once, when it appears: `<input ref={takeFocus} />`.
 * For the one control a screen exists for (the Clients list's search box: "Find a client"
 * from Today, the navigation or the "/" shortcut lands there ready to type). Stable, so a
 * re-render does not take focus back from where the person moved it. The shell's
 * focus-on-navigation leaves focus alone when the screen has placed it.
 */
export function takeFocus(element: HTMLElement | null): void {
  element?.focus();
}
