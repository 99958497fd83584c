import type { Locale } from '../../../core/locale.js';
import type { MailMessage } from '../../mail/mailer.js';

/** The invitation to a survey: what it is for, that it is anonymous, and the personal link. */
export function invitationMail(locale: Locale, p: { to: string; title: string; organisation: string; link: string; message: string }): MailMessage {
  const personal = p.message.trim() ? `${p.message.trim()}\n\n` : '';
  if (locale === 'en') {
    return {
      to: p.to,
      subject: `Survey: ${p.title}`,
      text: `${personal}${p.organisation} asks you to fill in a short survey: "${p.title}". It takes about five minutes.\n\nYour answers are anonymous: we do not store who answered, nor your address or the time. Results are only shown for groups of several people together.\n\nThis link is personal and works once:\n${p.link}\n\nThank you for taking part.`,
    };
  }
  return {
    to: p.to,
    subject: `Vragenlijst: ${p.title}`,
    text: `${personal}${p.organisation} vraagt je een korte vragenlijst in te vullen: "${p.title}". Dat kost ongeveer vijf minuten.\n\nJe antwoorden zijn anoniem: we bewaren niet wie antwoordde, en ook niet je adres of het tijdstip. Uitkomsten tonen we alleen voor groepen van meerdere mensen samen.\n\nDeze link is persoonlijk en werkt één keer:\n${p.link}\n\nDank je wel voor je medewerking.`,
  };
}
