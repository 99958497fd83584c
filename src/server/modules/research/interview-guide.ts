import { COMB_FACTOR_TEXT, INTERVIEW_QUESTIONS, INTERVIEWER_TIPS } from '../../../content/comb.js';
import { COMB_FACTORS } from '../../../core/comb.js';
import type { Locale } from '../../../core/locale.js';
import { generateInterviewGuide, type FactorResearch } from '../../../core/research/interviews.js';
import type { ExportDocument } from '../../export/document.js';

const TEXT = {
  nl: {
    title: 'Interviewleidraad',
    behaviour: 'Het gedrag waar het gesprek over gaat',
    tips: 'Tips voor de interviewer',
    opening: 'Opening',
    openingText:
      'Vertel waarom je dit gesprek voert: we willen begrijpen wat het in de praktijk makkelijk of moeilijk maakt, niet controleren wie het goed doet. Er zijn geen foute antwoorden. Je noteert geen namen, en het gesprek gaat niet over patiënten: noem geen patiëntgegevens.',
    closing: 'Afsluiting',
    closingText: 'Is er nog iets dat je kwijt wilt over dit onderwerp? Bedank voor de tijd en vertel wat er met de uitkomsten gebeurt.',
    footer: 'Wegwijs · interviewleidraad',
  },
  en: {
    title: 'Interview guide',
    behaviour: 'The behaviour the conversation is about',
    tips: 'Tips for the interviewer',
    opening: 'Opening',
    openingText:
      'Explain why you are having this conversation: we want to understand what makes it easy or hard in practice, not check who does it right. There are no wrong answers. You do not write down names, and the conversation is not about patients: do not mention patient data.',
    closing: 'Closing',
    closingText: 'Is there anything else you want to say about this subject? Thank them for their time and explain what happens with the results.',
    footer: 'Wegwijs · interview guide',
  },
} as const;

/**
 * The guide as the team saved it in 3.2, or, while it has no questions yet, the one generated
 * from the behaviour: the export always gives something an interviewer can use.
 */
export function guideOrDefault(saved: FactorResearch['guide'], behaviour: string, locale: Locale): FactorResearch['guide'] {
  if (saved.questions.length > 0) return saved;
  return generateInterviewGuide(
    {
      questions: Object.fromEntries(COMB_FACTORS.map((f) => [f, INTERVIEW_QUESTIONS[f].map((q) => q[locale])])) as Record<(typeof COMB_FACTORS)[number], string[]>,
      tips: INTERVIEWER_TIPS.map((t) => t[locale]),
    },
    saved.behaviour || behaviour,
  );
}

/** The printable interview guide: opening, tips, the questions per COM-B factor, closing. */
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
      { kind: 'heading', level: 2, text: text.tips },
      { kind: 'list', ordered: false, items: guide.tips.map((t) => t.text) },
      { kind: 'heading', level: 2, text: text.opening },
      { kind: 'paragraph', text: text.openingText },
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
      { kind: 'paragraph', text: text.closingText },
    ],
  };
}
