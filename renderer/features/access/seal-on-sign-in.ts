/**
 * At every sign-in, once the forum key is held and before any screen shows: hold every
 * person's data key as stored, wrapped (one read; each is unwrapped when first needed, and
 * no read or write inside a transaction waits on the key table), then seal whatever a
 * database from before encryption (or a record planted in it) still holds in the clear.
 * A failure leaves those records readable as they were and is reported without values.
 */
import { sealPlainRecords } from '../../data';
import { keyEveryPerson, loadEveryDataKey, readEveryDataKeyAhead } from '../../security/data-keys';
import { settleErasureKeysAtSignIn } from '../../security/erasure-key';
import { provideReportKeys } from '../../data/report-input/report-in-worker';
import { currentErasureKey, forumKey, heldErasureKeys, heldWrappedDataKeysText, isUnlocked } from '../../security/key-ring';
import { onSignedIn, onSigningIn } from '../../security/vault';
import { afterFirstScreen } from '../../ui/first-screen';

/** A start on a screen other than Today gives everyone a key after this long. */
const KEY_EVERYONE_AFTER_MS = 3000;

// The key rows are read while the passphrase's key is derived, not after it.
onSigningIn(readEveryDataKeyAhead);

onSignedIn(async () => {
  // Finishes an erasure key replacement an erasure left owed, and moves older key rows under it.
  await settleErasureKeysAtSignIn(await loadEveryDataKey());
  try {
    await sealPlainRecords();
  } catch (error) {
    console.error(`Signpost: records written before encryption could not be sealed yet (${(error as Error).name}); they will be tried again at the next sign-in.`);
  }
  // Not waited for: it reads only ids, and on a forum the app alone wrote it finds no one. It
  // starts once the first screen has shown: reading 20,000 clients' ids held Today's own few
  // reads back by about 0.2 s on the large forum. (A new record's key is made before its
  // write, prepareDataKey; a change to a keyless record before then stops its write, has
  // the key made and runs the write again, db/data-key-needed.ts.)
  void afterFirstScreen(KEY_EVERYONE_AFTER_MS)
    // Locked again meanwhile: the next sign-in does it.
    .then(() => (isUnlocked() ? keyEveryPerson() : 0))
    .catch((error: unknown) => {
      console.warn(`Signpost: data keys for records written outside the app will be made at the next sign-in (${(error as Error).name}).`);
    });
});

// The report's worker opens records itself, with the keys held now (never when locked).
provideReportKeys(() => {
  if (!isUnlocked()) return undefined;
  const keys = { forumKey: forumKey(), erasureKeys: heldErasureKeys(), wrappedDataKeysText: heldWrappedDataKeysText() };
  try {
    return { ...keys, currentErasureKeyId: currentErasureKey().id };
  } catch {
    return keys; // No erasure key yet (a moment of sign-in): the worker then keeps no facts.
  }
});
