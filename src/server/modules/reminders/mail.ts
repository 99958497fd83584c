import type { Reminder } from '#core/execution/reminders.js';
import type { Locale } from '#core/locale.js';
import type { MailMessage } from '../../mail/mailer.js';

/**
 * A reminder as e-mail in the recipient's language: what, when, and a link into Wegwijs. It holds
 * only what the team itself wrote in the programme (titles), nothing more.
 */

const DAY_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "dinsdag 5 januari 2027": a calendar day, so formatted in UTC where it has no clock change. */
const longDay = (locale: Locale, day: string) => DAY_FORMATS[locale].format(new Date(`${day}T00:00:00Z`));

const substepLink = (linkBase: string, programmeId: string, key: string) => `${linkBase}/programmes/${programmeId}/substeps/${key}`;

export function reminderMail(reminder: Reminder, linkBase: string): MailMessage {
  const { to, programme } = reminder;
  const en = to.locale === 'en';
  if (reminder.kind === 'checkin') {
    const { meeting } = reminder;
    const name = meeting.title || (en ? 'Progress check-in' : 'Voortgangsoverleg');
    const day = longDay(to.locale, meeting.day);
    const where = meeting.location ? `, ${meeting.location}` : '';
    const agenda = substepLink(linkBase, programme.id, '5.3');
    return en
      ? {
          to: to.email,
          subject: `Reminder: ${name} on ${day} (${programme.title})`,
          text: `Hello ${to.name},\n\nThe core team of "${programme.title}" meets:\n${name} on ${day} at ${meeting.startTime}${where}\n\nLook at the agenda beforehand:\n${agenda}\n\nYou receive this reminder because you are on the core team of this programme.`,
        }
      : {
          to: to.email,
          subject: `Herinnering: ${name} op ${day} (${programme.title})`,
          text: `Hallo ${to.name},\n\nHet kernteam van "${programme.title}" komt bij elkaar:\n${name} op ${day} om ${meeting.startTime}${where}\n\nBekijk vooraf de agenda:\n${agenda}\n\nJe krijgt deze herinnering omdat je in het kernteam van dit traject zit.`,
        };
  }
  const { action } = reminder;
  const due = longDay(to.locale, action.due);
  const plan = substepLink(linkBase, programme.id, '5.1');
  return en
    ? {
        to: to.email,
        subject: `Reminder: "${action.title}" is due on ${due}`,
        text: `Hello ${to.name},\n\nYou own the action "${action.title}" of the programme "${programme.title}". It is still open and due on ${due}.\n\nUpdate its status in the action plan:\n${plan}\n\nYou receive this reminder because you own this action.`,
      }
    : {
        to: to.email,
        subject: `Herinnering: "${action.title}" moet af op ${due}`,
        text: `Hallo ${to.name},\n\nJe bent actiehouder van "${action.title}" in het traject "${programme.title}". De actie staat nog open en moet af op ${due}.\n\nWerk de status bij in het actieplan:\n${plan}\n\nJe krijgt deze herinnering omdat je actiehouder bent van deze actie.`,
      };
}
