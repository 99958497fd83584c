import { COMB_FACTOR_TEXT, INTERVIEW_DUO_TIPS, interviewGuideTemplates } from '#content/comb.js';
import { COMB_FACTORS } from '#core/comb.js';
import type { Locale } from '#core/locale.js';
import type { Sector } from '#core/sector.js';
import { generateInterviewGuide, interviewScripts, type FactorResearch } from '#core/research/interviews.js';
import type { ExportDocument } from '../../export/document.js';

const TEXT = {
  nl: {
    title: 'Interviewleidraad',
    behaviour: 'Het gedrag waar het gesprek over gaat',
    duo: 'Samen interviewen',
    tips: 'Tips voor de interviewer',
    opening: 'Opening',
    closing: 'Afsluiting',
    footer: 'Wegwijs · interviewleidraad',
  },
  en: {
    title: 'Interview guide',
    behaviour: 'The behaviour the conversation is about',
    duo: 'Interviewing as a duo',
    tips: 'Tips for the interviewer',
    opening: 'Opening',
    closing: 'Closing',
    footer: 'Wegwijs · interview guide',
  },
} as const;

/**
 * The guide as the team saved it in 3.2, or, while it has no questions yet, the one generated
 * from the behaviour: the export always gives something an interviewer can use. A script left
 * empty (a guide saved before there were scripts) gets the standard one.
 */
export function guideOrDefault(saved: FactorResearch['guide'], behaviour: string, locale: Locale, sector: Sector): FactorResearch['guide'] {
  const templates = interviewGuideTemplates(locale, sector);
  if (saved.questions.length === 0) return generateInterviewGuide(templates, saved.behaviour || behaviour);
  const scripts = interviewScripts(templates, saved.behaviour || behaviour);
  return { ...saved, opening: saved.opening || scripts.opening, closing: saved.closing || scripts.closing };
}

/** A script as paragraphs, one per line the team wrote. */
const script = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph' as const, text: line }));

/** The printable interview guide: the duo's split, tips, opening, the questions per COM-B factor, closing. */
export function interviewGuideDocument(p: { programmeTitle: string; guide: FactorResearch['guide']; locale: Locale }): ExportDocument {
  const text = TEXT[p.locale];
  const { guide } = p;
  return {
    title: text.title,
    subtitle: p.programmeTitle,
    language: p.locale,
    footer: text.footer,
    blocks: [
      ...(guide.behaviour ? [{ kind: 'paragraph' as const, text: `${text.behaviour}: ${guide.behaviour}` }] : []),
      { kind: 'heading', level: 2, text: text.duo },
      { kind: 'list', ordered: false, items: INTERVIEW_DUO_TIPS.map((t) => t[p.locale]) },
      { kind: 'heading', level: 2, text: text.tips },
      { kind: 'list', ordered: false, items: guide.tips.map((t) => t.text) },
      { kind: 'heading', level: 2, text: text.opening },
      ...script(guide.opening),
      ...COMB_FACTORS.flatMap((factor) => {
        const questions = guide.questions.filter((q) => q.factor === factor);
        if (questions.length === 0) return [];
        const about = COMB_FACTOR_TEXT[factor];
        return [
          { kind: 'heading' as const, level: 2 as const, text: `${about.name[p.locale]} (${about.component[p.locale]})` },
          { kind: 'paragraph' as const, text: about.lookFor[p.locale], style: 'note' as const },
          { kind: 'list' as const, ordered: true, items: questions.map((q) => q.text) },
        ];
      }),
      { kind: 'heading', level: 2, text: text.closing },
      ...script(guide.closing),
    ],
  };
}
