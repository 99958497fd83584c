import type { Locale } from '#core/locale.js';
import type { MailMessage } from '../../mail/mailer.js';

/** The mail an administrator sends to themselves to see that this installation's SMTP works. */
export function testMail(to: { email: string; name: string; locale: Locale }, organisation: string): MailMessage {
  if (to.locale === 'en') {
    return {
      to: to.email,
      subject: 'Wegwijs test mail',
      text: `Hello ${to.name},\n\nThis is the test mail you sent from the settings of ${organisation} in Wegwijs. It arrived, so survey invitations, reminders and breach alerts can be mailed from this installation.\n\nNo need to reply.`,
    };
  }
  return {
    to: to.email,
    subject: 'Testmail van Wegwijs',
    text: `Hallo ${to.name},\n\nDit is de testmail die je verstuurde vanuit de instellingen van ${organisation} in Wegwijs. Hij is aangekomen: uitnodigingen voor vragenlijsten, herinneringen en datalekmeldingen kunnen vanuit deze installatie gemaild worden.\n\nJe hoeft niet te antwoorden.`,
  };
}
