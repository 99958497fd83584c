import {
  BREACH_NATURE_LABELS,
  BREACH_STATUS_LABELS,
  DATA_CATEGORY_LABELS,
  INCIDENT_KIND_LABELS,
  SPECIAL_CATEGORY_LABELS,
  SUBJECT_GROUP_LABELS,
} from '#content/breach.js';
import { amsterdamWallClock } from '#core/breach/deadline.js';
import type { Locale, LocalizedText } from '#core/locale.js';
import { toCsv } from '../../export/csv.js';
import type { BreachRegisterService } from './register.service.js';

type ExportRow = Awaited<ReturnType<BreachRegisterService['export']>>[number];

const HEADER: Record<Locale, string[]> = {
  nl: [
    'kenmerk',
    'status',
    'gemeld op',
    'bekend sinds',
    'moment van bekend worden bevestigd op',
    'reden voor dit moment',
    'termijn AP (72 uur)',
    'afdeling',
    'soort incident',
    'classificatie',
    'persoonsgegevens',
    'bijzondere persoonsgegevens',
    'groepen betrokkenen',
    'aantal betrokkenen (min)',
    'aantal betrokkenen (max)',
    'besluit: melden bij AP',
    'besluit: betrokkenen informeren',
    'besloten op',
    'onderbouwing',
    'advies FG: melden bij AP',
    'advies FG: betrokkenen informeren',
    'advies FG',
    'advies FG gegeven door',
    'advies FG gegeven op',
    'gemeld bij AP op',
    'meldnummer AP',
    'ontvangst bevestigd door AP op',
    'reden te late melding',
    'betrokkenen geïnformeerd op',
    'afgesloten op',
  ],
  en: [
    'reference',
    'status',
    'reported at',
    'aware since',
    'moment of awareness confirmed at',
    'reason for this moment',
    'AP deadline (72 hours)',
    'department',
    'kind of incident',
    'classification',
    'personal data',
    'special categories',
    'groups of people',
    'people involved (min)',
    'people involved (max)',
    'decision: notify AP',
    'decision: inform people',
    'decided at',
    'reasoning',
    'FG advice: notify AP',
    'FG advice: inform people',
    'FG advice',
    'FG advice given by',
    'FG advice given at',
    'AP notified at',
    'AP notification number (meldnummer)',
    'AP receipt confirmed at',
    'reason for late notification',
    'people informed at',
    'closed at',
  ],
};
const YES_NO: Record<Locale, [string, string]> = { nl: ['ja', 'nee'], en: ['yes', 'no'] };

/** "2026-03-28 10:00" on the clock in Amsterdam: what the register's readers go by. */
function amsterdam(at: Date | null): string {
  if (!at) return '';
  const c = amsterdamWallClock(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${c.year}-${two(c.month)}-${two(c.day)} ${two(c.hour)}:${two(c.minute)}`;
}

/** The register as a spreadsheet: one row per breach with its facts, latest decision (with the FG's advice) and moments. */
export function registerCsv(rows: readonly ExportRow[], locale: Locale): string {
  const labels = <K extends string>(set: Record<K, LocalizedText>, keys: readonly K[]) => keys.map((k) => set[k][locale]).join(', ');
  const yesNo = (value: boolean | undefined) => (value === undefined ? '' : YES_NO[locale][value ? 0 : 1]);
  return toCsv(
    HEADER[locale],
    rows.map(({ row, register, latest, deadline }) => {
      const advice = latest?.fgAdvice ?? null;
      return [
        row.reference,
        BREACH_STATUS_LABELS[row.status][locale],
        amsterdam(row.reportedAt),
        amsterdam(row.awareAt),
        amsterdam(row.awareConfirmedAt),
        row.awareReason ?? '',
        amsterdam(deadline.deadline),
        row.department,
        register.incidentKind ? INCIDENT_KIND_LABELS[register.incidentKind][locale] : '',
        register.classification.map((n) => BREACH_NATURE_LABELS[n].name[locale]).join(', '),
        labels(DATA_CATEGORY_LABELS, register.dataCategories),
        labels(SPECIAL_CATEGORY_LABELS, register.specialCategories),
        labels(SUBJECT_GROUP_LABELS, register.subjectGroups),
        register.people?.min ?? null,
        register.people?.max ?? null,
        yesNo(latest?.notifyAp),
        yesNo(latest?.informSubjects),
        amsterdam(latest?.decidedAt ?? null),
        latest?.reasoning ?? '',
        yesNo(advice?.notifyAp),
        yesNo(advice?.informSubjects),
        advice?.advice ?? '',
        advice?.by ?? '',
        amsterdam(advice ? new Date(advice.at) : null),
        amsterdam(row.apNotifiedAt),
        row.apReference ?? '',
        amsterdam(row.apReceivedAt),
        row.lateReason ?? '',
        amsterdam(row.subjectsInformedAt),
        amsterdam(row.closedAt),
      ];
    }),
  );
}
