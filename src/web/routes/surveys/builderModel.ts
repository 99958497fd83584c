import type { Locale, LocalizedText } from '#core/locale.js';
import { allInSector, type Sector } from '#core/sector.js';
import type { GroupQuestion, SurveyDefinition, SurveyItem } from '#core/survey/definition.js';
import { fillStatement, type BehaviourPhrases } from '#core/survey/phrases.js';
import { GROUPING_PRESETS, STARTING_STATEMENTS, SURVEY_ITEM_BANK, type SurveyBankItem } from '#content/comb.js';
import { newId } from '../../lib/rows.js';
import type { Survey, SurveyInput } from '../../queries/surveys.queries.js';

type Bilingual = { nl: string; en: string };
export type GroupOption = GroupQuestion['options'][number];

/**
 * What the builder edits. The behaviour's phrases fill the bank statements (the definition stores
 * them with it); items are stored in their final order: chosen bank statements, then the team's own
 * (with those of bank statements since retired).
 */
export interface BuilderModel {
  title: string;
  linkEnabled: boolean;
  phrases: BehaviourPhrases;
  /** The organisation's sector: the bank statements speak its word for whom it cares for. Not stored with the survey. */
  sector: Sector;
  scale: 5 | 7;
  items: SurveyItem[];
  intro: Bilingual;
  department: { enabled: boolean; text: string };
  profession: { enabled: boolean; options: GroupOption[] };
}

export const DEPARTMENT_ID = 'department';
export const PROFESSION_ID = 'profession';
const bankById = new Map(SURVEY_ITEM_BANK.map((b) => [b.id, b]));
/** The bank statement an item came from, if the bank still has it. */
export const bankItem = (id: string | null) => (id ? bankById.get(id) : undefined);

/** A bank statement with the sector's word and the team's phrases filled in. */
export const bankStatement = (bank: SurveyBankItem, phrases: BehaviourPhrases, sector: Sector): LocalizedText =>
  fillStatement(allInSector(bank.text, sector), phrases);

const fromBank = (bank: SurveyBankItem, phrases: BehaviourPhrases, sector: Sector): SurveyItem => ({
  id: bank.id,
  factor: bank.factor,
  bankId: bank.id,
  text: bankStatement(bank, phrases, sector),
});

const presetProfessions = (): GroupOption[] => GROUPING_PRESETS.profession.options.map((o) => ({ id: o.id, label: { ...o.label } }));

/** A new survey, its Dutch phrases proposed by the target behaviour of 2.3 (when written there). */
export function newModel(proposed: Pick<BehaviourPhrases, 'nl' | 'nlTe'>, intro: Bilingual, sector: Sector): BuilderModel {
  const start = { ...proposed, en: '' };
  const chosen = STARTING_STATEMENTS;
  return {
    title: '',
    linkEnabled: true,
    phrases: start,
    sector,
    scale: 5,
    items: chosen.map((b) => fromBank(b, start, sector)),
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

/**
 * A saved draft back into the builder. A draft saved before the phrases were stored has only the
 * Dutch infinitive; its English phrase is read back from an unedited statement.
 */
export function modelOf(survey: Survey, sector: Sector): BuilderModel {
  const d = survey.definition;
  const department = d.groups.find((g) => g.id === DEPARTMENT_ID);
  const profession = d.groups.find((g) => g.id === PROFESSION_ID);
  const en =
    d.behaviourEn ??
    d.items
      .map((i) => {
        const bank = bankItem(i.bankId);
        return bank ? phraseIn(allInSector(bank.text.en, sector), i.text.en) : null;
      })
      .find((p) => p) ??
    '';
  return {
    title: survey.title,
    linkEnabled: survey.linkEnabled,
    phrases: { nl: d.behaviour, nlTe: d.behaviourTe ?? '', en },
    sector,
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
  if (on) current.set(bank.id, current.get(bank.id) ?? fromBank(bank, model.phrases, model.sector));
  else current.delete(bank.id);
  const chosen = SURVEY_ITEM_BANK.filter((b) => current.has(b.id)).map((b) => current.get(b.id)!);
  // The team's own, and those of bank statements the bank no longer has: the team edits them as its own.
  return [...chosen, ...model.items.filter((i) => !bankItem(i.bankId))];
}

/** A new phrase rewrites the bank statements that still read as their template with the old phrases. */
export function setPhrase(model: BuilderModel, key: keyof BehaviourPhrases, phrase: string): BuilderModel {
  const locale: Locale = key === 'en' ? 'en' : 'nl';
  const phrases = { ...model.phrases, [key]: phrase };
  const items = model.items.map((item) => {
    const bank = bankItem(item.bankId);
    if (!bank || item.text[locale] !== bankStatement(bank, model.phrases, model.sector)[locale]) return item;
    return { ...item, text: { ...item.text, [locale]: bankStatement(bank, phrases, model.sector)[locale] } };
  });
  return { ...model, phrases, items };
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
    behaviour: model.phrases.nl.trim(),
    behaviourTe: model.phrases.nlTe.trim(),
    behaviourEn: model.phrases.en.trim(),
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
