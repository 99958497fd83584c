import { notificationDeadline } from '#core/breach/deadline.js';
import type { Locale } from '#core/locale.js';
import type { MailMessage } from '../../mail/mailer.js';
import { mailMoment } from '../../mail/moment.js';

/**
 * The mail that tells the privacy role a breach was reported: the reference, the 72-hour deadline
 * and a link into the register. Never the report's content: mail travels and lingers in inboxes.
 */

export interface BreachReportedNotice {
  to: { email: string; name: string; locale: Locale };
  /** Why this person hears of it: the privacy role, or an admin because nobody holds that role. */
  as: 'privacy' | 'admin';
  organisation: string;
  breach: { id: string; reference: string; awareAt: Date };
}

export function breachReportedMail({ to, as, organisation, breach }: BreachReportedNotice, linkBase: string): MailMessage {
  const deadline = mailMoment(to.locale, notificationDeadline(breach.awareAt));
  const link = `${linkBase}/breaches/${breach.id}`;
  if (to.locale === 'en') {
    const why = as === 'privacy' ? 'you hold the privacy role' : 'you are an administrator and nobody holds the privacy role yet';
    return {
      to: to.email,
      subject: `Data breach reported: ${breach.reference}`,
      text: `Hello ${to.name},\n\nA possible data breach has just been reported at ${organisation}. Reference: ${breach.reference}.\n\nPlease assess it as soon as possible. If it must be reported to the Dutch Data Protection Authority (AP), the 72 hours end on ${deadline} (Amsterdam time). For now they run from the moment the reporter noticed the breach: confirm the moment of awareness in the register.\n\nOpen the report in the breach register:\n${link}\n\nThis e-mail deliberately does not contain what was reported. You receive it because ${why} in Wegwijs.`,
    };
  }
  const why = as === 'privacy' ? 'je de rol privacy hebt' : 'je beheerder bent en nog niemand de rol privacy heeft';
  return {
    to: to.email,
    subject: `Datalek gemeld: ${breach.reference}`,
    text: `Hallo ${to.name},\n\nEr is zojuist een mogelijk datalek gemeld bij ${organisation}. Kenmerk: ${breach.reference}.\n\nBeoordeel de melding zo snel mogelijk. Moet het lek gemeld worden bij de Autoriteit Persoonsgegevens (AP), dan lopen de 72 uur af op ${deadline} (Nederlandse tijd). Ze lopen voorlopig vanaf het moment waarop de melder het lek merkte: bevestig het moment van bekend worden in het register.\n\nOpen de melding in het datalekregister:\n${link}\n\nWat er gemeld is, staat bewust niet in deze e-mail. Je krijgt dit bericht omdat ${why} in Wegwijs.`,
  };
}

export interface BreachDeadlineNotice {
  to: { email: string; name: string; locale: Locale };
  organisation: string;
  breach: { id: string; reference: string; awareAt: Date };
  hoursBefore: number;
}

/** The alert before the 72 hours end: the reference, the hours left, the deadline and the link; again never the content. */
export function breachDeadlineMail({ to, organisation, breach, hoursBefore }: BreachDeadlineNotice, linkBase: string): MailMessage {
  const deadline = mailMoment(to.locale, notificationDeadline(breach.awareAt));
  const link = `${linkBase}/breaches/${breach.id}`;
  if (to.locale === 'en') {
    return {
      to: to.email,
      subject: `${breach.reference}: ${hoursBefore} hours left to notify the AP`,
      text: `Hello ${to.name},\n\nThe 72 hours for data breach ${breach.reference} at ${organisation} end on ${deadline} (Amsterdam time), in ${hoursBefore} hours. The AP has not been notified and no decision not to notify has been recorded.\n\nDecide and record it in the breach register:\n${link}\n\nIf the notification comes later than 72 hours, the AP asks for the reason of the delay.`,
    };
  }
  return {
    to: to.email,
    subject: `${breach.reference}: nog ${hoursBefore} uur om te melden bij de AP`,
    text: `Hallo ${to.name},\n\nDe 72 uur voor datalek ${breach.reference} bij ${organisation} lopen af op ${deadline} (Nederlandse tijd), over ${hoursBefore} uur. Er is nog niet gemeld bij de AP en er is ook geen besluit vastgelegd om niet te melden.\n\nNeem een besluit en leg het vast in het datalekregister:\n${link}\n\nKomt de melding later dan 72 uur, dan vraagt de AP naar de reden van de vertraging.`,
  };
}
