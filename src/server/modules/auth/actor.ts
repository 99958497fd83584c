import type { Locale } from '../../../core/locale.js';
import type { Actor } from '../../../core/policies/index.js';

/** The logged-in user as services see it: an Actor plus what the audit log and replies need. */
export interface SessionActor extends Actor {
  name: string;
  email: string;
  locale: Locale;
  sessionId: string;
  csrfToken: string;
}
