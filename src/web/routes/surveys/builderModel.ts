import { COMB_FACTORS } from '../../../core/comb.js';
import type { Locale } from '../../../core/locale.js';
import { withBehaviour } from '../../../core/research/interviews.js';
import type { GroupQuestion, SurveyDefinition, SurveyItem } from '../../../core/survey/definition.js';
import { GROUPING_PRESETS, SURVEY_ITEM_BANK, type SurveyBankItem } from '../../../content/comb.js';
import { newId } from '../../lib/rows.js';
import type { Survey, SurveyInput } from './queries.js';

type Bilingual = { nl: string; en: string };
export type GroupOption = GroupQuestion['options'][number];

/**
 * What the builder edits. The behaviour phrase is kept per language (the definition stores the
 * Dutch one); items are stored in their final order: chosen bank statements, then the team's own.
 */
export interface BuilderModel {
  title: string;
  linkEnabled: boolean;
  phrase: Bilingual;
  scale: 5 | 7;
  items: SurveyItem[];
  intro: Bilingual;
  department: { enabled: boolean; text: string };
  profession: { enabled: boolean; options: GroupOption[] };
}

export const DEPARTMENT_ID = 'department';
export const PROFESSION_ID = 'profession';
/** How many statements per factor a new survey starts with. */
const PRESELECTED_PER_FACTOR = 2;

const bankById = new Map(SURVEY_ITEM_BANK.map((b) => [b.id, b]));
export const bankItem = (id: string | null) => (id ? bankById.get(id) : undefined);

/** A bank statement with the phrase filled in; empty when there is no phrase in that language. */
export const bankText = (bank: SurveyBankItem, locale: Locale, phrase: string) =>
  phrase.trim() ? withBehaviour(bank.text[locale], phrase) : '';

const fromBank = (bank: SurveyBankItem, phrase: Bilingual): SurveyItem => ({
  id: bank.id,
  factor: bank.factor,
  bankId: bank.id,
  text: { nl: bankText(bank, 'nl', phrase.nl), en: bankText(bank, 'en', phrase.en) },
});

const presetProfessions = (): GroupOption[] => GROUPING_PRESETS.profession.options.map((o) => ({ id: o.id, label: { ...o.label } }));

export function newModel(phrase: string, intro: Bilingual): BuilderModel {
  const start = { nl: phrase, en: '' };
  const chosen = COMB_FACTORS.flatMap((f) => SURVEY_ITEM_BANK.filter((b) => b.factor === f).slice(0, PRESELECTED_PER_FACTOR));
  return {
    title: '',
    linkEnabled: true,
    phrase: start,
    scale: 5,
    items: chosen.map((b) => fromBank(b, start)),
    intro,
    department: { enabled: false, text: '' },
    profession: { enabled: false, options: presetProfessions() },
  };
}

/** The phrase a text was made with, when it still reads as the bank template filled in. */
function phraseIn(template: string, text: string): string | null {
  const [before = '', after = ''] = template.split('{behaviour}');
  if (!text || text.length < before.length + after.length || !text.startsWith(before) || !text.endsWith(after)) return null;
  return text.slice(before.length, text.length - after.length);
}

/** A saved draft back into the builder; the English phrase is read back from an unedited statement. */
export function modelOf(survey: Survey): BuilderModel {
  const d = survey.definition;
  const department = d.groups.find((g) => g.id === DEPARTMENT_ID);
  const profession = d.groups.find((g) => g.id === PROFESSION_ID);
  const en =
    d.items
      .map((i) => {
        const bank = bankItem(i.bankId);
        return bank ? phraseIn(bank.text.en, i.text.en) : null;
      })
      .find((p) => p) ?? '';
  return {
    title: survey.title,
    linkEnabled: survey.linkEnabled,
    phrase: { nl: d.behaviour, en },
    scale: d.scale,
    items: d.items,
    intro: d.intro,
    department: { enabled: !!department, text: department ? department.options.map((o) => o.label.nl || o.label.en).join('\n') : '' },
    profession: { enabled: !!profession, options: profession ? profession.options : presetProfessions() },
  };
}

/** Turns a bank statement on or off, keeping the bank's order and the team's own statements last. */
export function toggleBank(model: BuilderModel, bank: SurveyBankItem, on: boolean): SurveyItem[] {
  const current = new Map(model.items.filter((i) => i.bankId).map((i) => [i.bankId!, i]));
  if (on) current.set(bank.id, current.get(bank.id) ?? fromBank(bank, model.phrase));
  else current.delete(bank.id);
  const chosen = SURVEY_ITEM_BANK.filter((b) => current.has(b.id)).map((b) => current.get(b.id)!);
  return [...chosen, ...model.items.filter((i) => !i.bankId)];
}

/** A new phrase rewrites the bank statements that still read as the template with the old phrase. */
export function setPhrase(model: BuilderModel, locale: Locale, phrase: string): BuilderModel {
  const old = model.phrase[locale];
  const items = model.items.map((item) => {
    const bank = bankItem(item.bankId);
    if (!bank || item.text[locale] !== bankText(bank, locale, old)) return item;
    return { ...item, text: { ...item.text, [locale]: bankText(bank, locale, phrase) } };
  });
  return { ...model, phrase: { ...model.phrase, [locale]: phrase }, items };
}

export const addOwnItem = (model: BuilderModel): SurveyItem[] => [...model.items, { id: newId(), factor: null, bankId: null, text: { nl: '', en: '' } }];

export const departmentLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The grouping questions as the definition stores them, department first. */
export function groupsOf(model: BuilderModel): GroupQuestion[] {
  const groups: GroupQuestion[] = [];
  if (model.department.enabled) {
    groups.push({
      id: DEPARTMENT_ID,
      question: { ...GROUPING_PRESETS.department.question },
      options: departmentLines(model.department.text).map((label, i) => ({ id: `d${i + 1}`, label: { nl: label, en: '' } })),
    });
  }
  if (model.profession.enabled) {
    groups.push({ id: PROFESSION_ID, question: { ...GROUPING_PRESETS.profession.question }, options: model.profession.options });
  }
  return groups;
}

export function inputOf(model: BuilderModel): SurveyInput {
  const definition: SurveyDefinition = {
    behaviour: model.phrase.nl.trim(),
    intro: model.intro,
    scale: model.scale,
    items: model.items,
    groups: groupsOf(model),
  };
  return { title: model.title.trim(), linkEnabled: model.linkEnabled, definition };
}

/** The index of a grouping question in the saved definition, for the API's field paths. */
export function groupIndex(model: BuilderModel, id: typeof DEPARTMENT_ID | typeof PROFESSION_ID): number {
  return id === DEPARTMENT_ID ? 0 : model.department.enabled ? 1 : 0;
}
