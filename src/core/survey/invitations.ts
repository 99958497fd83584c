import { z } from 'zod';
import { Line, plainText } from '../worksheets/fields.js';

/**
 * Rules for e-mailed survey invitations. A team member chooses the addresses and may add a few
 * words, and the mail comes from the organisation's own sender: without limits that is a phishing
 * tool with a trusted name. Hence a daily limit per organisation (OWASP ASVS 4.0.3 11.1.3 and
 * 11.1.4: limits on business actions, anti-automation) and no links but the survey's own.
 */

/** Long enough for "Doe je mee? Groet, Anna", too short for a convincing pretext. */
export const INVITATION_MESSAGE_MAX = 500;

/** Invitation mails per organisation per day unless an admin sets otherwise. */
export const DEFAULT_INVITATIONS_PER_DAY = 500;
/** The installation's ceiling for that setting unless the operator sets SURVEY_INVITATIONS_PER_DAY_MAX. */
export const DEFAULT_INVITATIONS_PER_DAY_MAX = 2_000;
/** The most an operator may allow: a sanity bound on the environment variable. */
export const INVITATIONS_PER_DAY_CEILING = 100_000;

/**
 * Whether text holds something a mail program turns into a link, or a reader would type into a
 * browser: a URL with a scheme, a host name ("www.x", "bank.nl", also after NFKC folds full-width
 * dots and letters) or an e-mail address. Deliberately broad: "klaar.Groet" is refused too, and
 * the message says to put a space after the full stop.
 */
export function containsLink(text: string): boolean {
  const folded = text.normalize('NFKC');
  return (
    /[a-z][a-z0-9+.-]*:\/\//i.test(folded) || /[\p{L}\p{N}][.\u3002]\p{L}{2}/u.test(folded) || /\bwww\d*[.\u3002]/i.test(folded) || /[^\s@]@[^\s@]/.test(folded)
  );
}

const withoutLinks = <T extends z.ZodType<string>>(schema: T) => schema.refine((v) => !containsLink(v), 'linkNotAllowed');

/** The team member's own words in the invitation: short, and never a link (the survey link is the only one). */
export const InvitationMessage = withoutLinks(plainText().trim().max(INVITATION_MESSAGE_MAX));
/** A survey's title, which the invitation repeats in subject and body: no links there either. */
export const SurveyTitle = withoutLinks(Line.min(1));

/** Today's allowance of invitation mails: the organisation's setting within the operator's maximum. */
export function invitationAllowance(setting: number, operatorMax: number, usedToday: number) {
  const perDay = Math.min(setting, operatorMax);
  return { perDay, max: operatorMax, usedToday, remaining: Math.max(0, perDay - usedToday) };
}
export type InvitationAllowance = ReturnType<typeof invitationAllowance>;
