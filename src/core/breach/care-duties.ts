import { clockStatus, type DeadlineState, type HourClock } from './deadline.js';
import type { BreachRegister } from './register.js';

/**
 * Duties beside the AP's 72 hours that a breach in care can bring with it, each from its own law.
 * They are to-dos for the privacy officer, done once the moment is on record; only the early warning
 * to the CSIRT has an hour deadline.
 */
export const CARE_DUTIES = ['patientDisclosure', 'incidentReport', 'csirtWarning'] as const;
export type CareDutyKey = (typeof CARE_DUTIES)[number];

/**
 * NIS2, Directive (EU) 2022/2555 art. 23(4)(a): an early warning to the CSIRT within 24 hours of
 * becoming aware of a significant incident (in the Netherlands the Cyberbeveiligingswet; the sector
 * CSIRT for care is Z-CERT). It turns dueSoon halfway and urgent in the last 4 hours, as the AP's clock does.
 */
export const CSIRT_CLOCK: HourClock = { hours: 24, warnAt: [12, 4] };

/** An hour clock as the breach page shows it; `running` is false once the duty is done or the breach closed. */
export interface DutyClock {
  deadline: Date;
  state: DeadlineState;
  hoursLeft: number;
  running: boolean;
}

export interface CareDuty {
  duty: CareDutyKey;
  /** When it was done; null while it is still to do. */
  doneAt: string | null;
  clock: DutyClock | null;
}

export interface CareDutyFacts {
  register: BreachRegister;
  /** The moment of awareness, which starts the CSIRT's clock as it starts the AP's. */
  awareAt: Date;
  /** Whether the organisation falls under the Cyberbeveiligingswet (its AP details). */
  cbwApplies: boolean;
  closed: boolean;
  now: Date;
}

/** The care duties that apply to the breach, in a fixed order, each with whether it was done. */
export function careDuties(facts: CareDutyFacts): CareDuty[] {
  const { register: r } = facts;
  const duties: CareDuty[] = [];
  // Wkkgz art. 10 lid 3: the care provider tells the patient without delay about an incident with
  // noticeable consequences for them, and records it in the patient's file. No hour deadline.
  if (r.careIncident === true) duties.push({ duty: 'patientDisclosure', doneAt: r.patientToldOfIncidentAt, clock: null });
  // A result or note in the wrong patient's record is an integrity breach of health data and a care
  // incident too: it belongs in the internal procedure for reporting incidents (VIM/MIP, Wkkgz art. 9
  // lid 2), where the care side learns from it. A suggestion, without an hour deadline.
  if (r.classification.includes('integrity') && r.specialCategories.includes('health')) {
    duties.push({ duty: 'incidentReport', doneAt: r.vimReportedAt, clock: null });
  }
  // NIS2 art. 23(4)(a) through the Cyberbeveiligingswet: only for organisations it covers and incidents it calls significant (art. 23(3)).
  if (facts.cbwApplies && r.significantIncident === true) {
    const warnedAt = r.csirtWarnedAt ? new Date(r.csirtWarnedAt) : null;
    const status = clockStatus(CSIRT_CLOCK, facts.awareAt, facts.now, warnedAt);
    duties.push({
      duty: 'csirtWarning',
      doneAt: r.csirtWarnedAt,
      clock: { deadline: status.deadline, state: status.state, hoursLeft: status.hoursLeft, running: !warnedAt && !facts.closed },
    });
  }
  return duties;
}
