/**
 * jsdom has <dialog> but not its modal methods: call this in beforeAll to open and close
 * a dialog the way the browser does (the open attribute), so dialogs render in unit tests.
 */
export function giveDialogsModalMethods(): void {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}
