import type { Locale } from '#core/locale.js';
import type { MailMessage } from '../../mail/mailer.js';
import { mailMoment } from '../../mail/moment.js';

/**
 * Tells a user an admin turned off their two-step verification: who, when, that they were logged
 * out, where to turn it on again, and to raise the alarm if they did not ask for it (an admin
 * account in the wrong hands could use the reset to weaken theirs).
 */
export interface TotpResetNotice {
  to: { email: string; name: string; locale: Locale };
  admin: string;
  organisation: string;
  resetAt: Date;
}

export function totpResetMail({ to, admin, organisation, resetAt }: TotpResetNotice, linkBase: string): MailMessage {
  const when = mailMoment(to.locale, resetAt);
  const link = `${linkBase}/password`;
  if (to.locale === 'en') {
    return {
      to: to.email,
      subject: 'Your two-step verification was turned off',
      text: `Hello ${to.name},\n\n${admin}, administrator of ${organisation} in Wegwijs, turned off the two-step verification of your account on ${when} (Amsterdam time). You were logged out everywhere; from now on you log in with your e-mail address and password only.\n\nTurn two-step verification on again with your new phone:\n${link}\n\nDid you not ask for this? Then tell your service desk or another administrator at once, and change your password.`,
    };
  }
  return {
    to: to.email,
    subject: 'Je tweestapsverificatie is uitgezet',
    text: `Hallo ${to.name},\n\n${admin}, beheerder van ${organisation} in Wegwijs, heeft op ${when} (Nederlandse tijd) de tweestapsverificatie van je account uitgezet. Je bent overal uitgelogd; voortaan log je in met alleen je e-mailadres en wachtwoord.\n\nZet tweestapsverificatie weer aan met je nieuwe telefoon:\n${link}\n\nHeb je hier niet om gevraagd? Meld het dan meteen bij je servicedesk of een andere beheerder, en wijzig je wachtwoord.`,
  };
}
