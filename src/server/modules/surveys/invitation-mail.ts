import type { Locale } from '#core/locale.js';
import type { MailMessage } from '../../mail/mailer.js';

/**
 * The team's own words as a quoted block ("> "), set apart from Wegwijs's text, so the reader sees
 * where they start and end. They hold no link (core/survey/invitations.ts): the survey's is the only one.
 */
const quoted = (message: string) =>
  message
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');

/** The invitation to a survey: what it is for, that it is anonymous, and the personal link. */
export function invitationMail(locale: Locale, p: { to: string; title: string; organisation: string; link: string; message: string }): MailMessage {
  const message = p.message.trim();
  if (locale === 'en') {
    const personal = message ? `A message from the team:\n${quoted(message)}\n\n` : '';
    return {
      to: p.to,
      subject: `Survey: ${p.title}`,
      text: `${p.organisation} asks you to fill in a short survey: "${p.title}". It takes about five minutes.\n\n${personal}Your answers are anonymous: we do not store who answered, nor your address or the time. Results are only shown for groups of several people together.\n\nThis link is personal and works once:\n${p.link}\n\nThank you for taking part.`,
    };
  }
  const personal = message ? `Een bericht van het team:\n${quoted(message)}\n\n` : '';
  return {
    to: p.to,
    subject: `Vragenlijst: ${p.title}`,
    text: `${p.organisation} vraagt je een korte vragenlijst in te vullen: "${p.title}". Dat kost ongeveer vijf minuten.\n\n${personal}Je antwoorden zijn anoniem: we bewaren niet wie antwoordde, en ook niet je adres of het tijdstip. Uitkomsten tonen we alleen voor groepen van meerdere mensen samen.\n\nDeze link is persoonlijk en werkt één keer:\n${p.link}\n\nDank je wel voor je medewerking.`,
  };
}
