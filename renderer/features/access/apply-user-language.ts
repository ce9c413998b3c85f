/**
 * On sign-in the app speaks the language the person chose (kept on their user record);
 * choosing another in Settings → Language stores it there again.
 */
import { chooseLanguage, isLanguage } from '../../i18n';
import { onSignedIn } from '../../security/vault';

onSignedIn(async (user) => {
  if (user.language && isLanguage(user.language)) await chooseLanguage(user.language).catch(() => undefined);
});
