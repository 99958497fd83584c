import { COMB_FACTOR_TEXT } from '#content/comb.js';
import { APEASE_TEXT, FUNCTION_TEXT, INDICATOR_TEXT } from '#content/intervention-texts.js';
import {
  ACTION_STATUS_LABELS,
  COMMUNICATION_STATUS_LABELS,
  EVIDENCE_SOURCE_LABELS,
  FINDING_KIND_LABELS,
  PROBLEM_SOURCE_LABELS,
  RESEARCH_METHOD_LABELS,
  STAKEHOLDER_STRATEGY_LABELS,
  TEAM_POSITION_LABELS,
} from '#content/worksheet-labels.js';
import { COMB_FACTORS, isCombFactor } from '#core/comb.js';
import { inSentence, type Locale } from '#core/locale.js';
import { heldWithConsent, lacksConsent } from '#core/research/interviews.js';
import { get } from '#core/worksheets/index.js';
import { chosenBehaviours, rankBehaviours } from '#core/worksheets/prioritisation.js';
import { chosenProblem, rankProblems, type CandidateProblem } from '#core/worksheets/problem-inventory.js';
import { leadTaskSplit, totalHours } from '#core/worksheets/core-team.js';
import { planningOverview, meetingDates } from '#core/worksheets/planning.js';
import { stakeholderStrategy } from '#core/worksheets/stakeholders.js';
import { targetBehaviourSummary, type TargetBehaviour } from '#core/worksheets/target-behaviour.js';
import { filled } from '#core/worksheets/fields.js';
import type { Block } from '../../export/document.js';
import type { ReportCandidate, ReportData } from './data.js';
import { formatters, type Formatters } from '../../export/formatters.js';
import { REPORT_TEXT, type ReportTexts } from './texts.js';

/** What every section builder works from: the data, and the words and number formats of one language. */
export interface Context {
  data: ReportData;
  locale: Locale;
  t: ReportTexts;
  f: Formatters;
}

export const context = (data: ReportData, locale: Locale): Context => ({ data, locale, t: REPORT_TEXT[locale], f: formatters(locale) });

// Small block makers, so the sections read as the document they produce.
export const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'heading', level, text });
export const p = (text: string): Block => ({ kind: 'paragraph', text });
export const note = (text: string): Block => ({ kind: 'paragraph', text, style: 'note' });
export const bullets = (items: string[]): Block => ({ kind: 'list', ordered: false, items });
export const table = (header: string[], rows: string[][]): Block => ({ kind: 'table', header, rows });
/** "Label: value", only when there is a value. */
const labelled = (label: string, value: string): Block[] => (filled(value) ? [p(`${label}: ${value}`)] : []);
/** Free text the team wrote over several paragraphs, kept as paragraphs. */
export const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(p);

const or = (c: Context, value: string | null | undefined) => (filled(value) ? value! : c.t.none);
export const dayOr = (c: Context, day: string | null) => (day ? c.f.day(day) : c.t.none);

export const factorName = (c: Context, factor: string | null) =>
  factor && isCombFactor(factor) ? COMB_FACTOR_TEXT[factor].name[c.locale] : c.t.analysis.unclassified;
const functionName = (c: Context, fn: string) => (fn in FUNCTION_TEXT ? FUNCTION_TEXT[fn as keyof typeof FUNCTION_TEXT].name[c.locale] : fn);
const indicatorName = (c: Context, key: string) => (key in INDICATOR_TEXT ? INDICATOR_TEXT[key as keyof typeof INDICATOR_TEXT].name[c.locale] : key);

export const chosenCandidates = (data: ReportData) => data.candidates.filter((x) => x.decision === 'chosen');
export const candidateTitle = (c: Context, id: string | null) => (id ? (c.data.candidates.find((x) => x.id === id)?.title ?? c.t.none) : c.t.none);

const sourceOf = (c: Context, problem: CandidateProblem) =>
  problem.source === 'other' && filled(problem.sourceOther) ? problem.sourceOther : PROBLEM_SOURCE_LABELS[problem.source][c.locale];

/** The chosen problem with why it matters; the plan also shows the problems it was weighed against. */
export function problemSection(c: Context, withCandidates: boolean): Block[] {
  const inventory = get(c.data.worksheets, '1.1');
  const chosen = chosenProblem(inventory);
  const blocks: Block[] = [];
  if (chosen) {
    blocks.push(
      p(`${c.t.problem.chosen}: ${chosen.title}`),
      ...paragraphs(chosen.description),
      ...labelled(c.t.problem.why, chosen.whyItMatters),
      ...labelled(c.t.problem.behaviour, chosen.behaviour),
      p(`${c.t.problem.source}: ${sourceOf(c, chosen)}`),
      ...labelled(c.t.problem.rationale, inventory.rationale),
    );
  } else if (filled(c.data.programme.problem)) {
    blocks.push(...labelled(c.t.problem.statement, c.data.programme.problem));
  } else {
    blocks.push(p(c.t.empty.problem));
  }
  if (withCandidates && inventory.problems.length > 0) {
    const cols = c.t.problem.columns;
    blocks.push(
      h(2, c.t.headings.problemsConsidered),
      table(
        [cols.rank, cols.problem, cols.source, cols.score],
        rankProblems(inventory).map((r) => [
          String(r.rank),
          r.problem.id === inventory.chosenId ? `${r.problem.title} ${c.t.problem.chosenMark}` : r.problem.title,
          sourceOf(c, r.problem),
          r.score === null ? c.t.none : c.f.mean(r.score),
        ]),
      ),
    );
  }
  return blocks;
}

const TARGET_FIELDS = [
  'targetGroup',
  'departments',
  'professions',
  'size',
  'action',
  'when',
  'where',
  'howOften',
  'withWhat',
  'currentSituation',
  'desiredSituation',
] as const satisfies readonly (keyof TargetBehaviour)[];

/** The target behaviour in one sentence and by the method's questions; the plan adds the behaviours it was chosen from. */
export function targetSection(c: Context, withCandidates: boolean): Block[] {
  const target = get(c.data.worksheets, '2.3');
  const sentence = targetBehaviourSummary(target);
  const rows = TARGET_FIELDS.flatMap((field) => {
    const value = field === 'size' ? (target.size === null ? '' : c.f.number(target.size)) : target[field];
    return filled(value) ? [[c.t.target.fields[field], value]] : [];
  });
  const blocks: Block[] = sentence ? [p(sentence)] : [p(c.t.empty.target)];
  if (rows.length > 0) blocks.push(table([c.t.field, c.t.value], rows));
  if (withCandidates) {
    const list = get(c.data.worksheets, '2.1');
    const priorities = get(c.data.worksheets, '2.2');
    const cols = c.t.target.columns;
    const rating = (v: number | null) => (v === null ? c.t.none : String(v));
    blocks.push(h(2, c.t.headings.behavioursConsidered));
    if (list.behaviours.length === 0) blocks.push(p(c.t.empty.behaviours));
    else {
      blocks.push(
        table(
          [cols.behaviour, cols.impact, cols.changeability, cols.measurability, cols.priority, cols.chosen],
          rankBehaviours(list, priorities).map((r) => [
            r.behaviour.description,
            rating(r.rating.impact),
            rating(r.rating.changeability),
            rating(r.rating.measurability),
            r.priority === null ? c.t.none : c.f.mean(r.priority),
            r.chosen ? c.t.yes : '',
          ]),
        ),
        ...(chosenBehaviours(list, priorities).length > 0 ? labelled(c.t.target.rationale, priorities.rationale) : []),
      );
    }
  }
  return blocks;
}

/** The core team (1.2, the list the team panel shows), the lead's tasks and the stakeholders. */
export function teamSection(c: Context): Block[] {
  if (c.data.teamWithheld) return [p(c.t.withheld.team)];
  const team = get(c.data.worksheets, '1.2');
  const blocks: Block[] = [];
  if (team.members.length > 0) {
    const cols = c.t.team.columns;
    blocks.push(
      table(
        [cols.name, cols.position, cols.role, cols.department, cols.tasks, cols.hours],
        team.members.map((m) => [
          m.name,
          TEAM_POSITION_LABELS[m.position][c.locale],
          m.role,
          m.department,
          m.tasks,
          m.hoursPerWeek === null ? c.t.none : c.f.number(m.hoursPerWeek),
        ]),
      ),
      p(c.t.team.totalHours(c.f.number(totalHours(team)))),
    );
    if (team.leadTasks.length > 0) {
      const nameOf = new Map(team.members.map((m) => [m.id, m.name]));
      const split = leadTaskSplit(team);
      const rows = [
        ...split.byCoordinator.flatMap(({ member, tasks }) => tasks.map((task) => [task.task, member.name])),
        ...split.unassigned.map((task) => [task.task, (task.ownerId && nameOf.get(task.ownerId)) || c.t.team.nobody]),
      ];
      blocks.push(h(2, c.t.headings.leadTasks), table([c.t.team.taskColumns.task, c.t.team.taskColumns.owner], rows));
    }
  } else {
    blocks.push(p(c.t.empty.team));
  }

  const stakeholders = get(c.data.worksheets, '1.3').stakeholders;
  const cols = c.t.stakeholders.columns;
  blocks.push(h(2, c.t.headings.stakeholders));
  if (stakeholders.length === 0) blocks.push(p(c.t.empty.stakeholders));
  else {
    blocks.push(
      table(
        [cols.name, cols.interest, cols.levels, cols.approach, cols.involvement, cols.when],
        stakeholders.map((s) => {
          const strategy = stakeholderStrategy(s);
          return [
            s.name,
            s.interest,
            `${s.interestLevel ?? c.t.none} / ${s.influenceLevel ?? c.t.none}`,
            strategy ? STAKEHOLDER_STRATEGY_LABELS[strategy][c.locale] : c.t.none,
            s.involvement,
            s.when,
          ];
        }),
      ),
    );
  }
  return blocks;
}

/** How the factors were researched (3.2, 3.3) and the diagnosis of 3.4, per COM-B factor, barriers first. */
export function analysisSection(c: Context): Block[] {
  const research = get(c.data.worksheets, '3.2');
  const diagnosis = get(c.data.worksheets, '3.4');
  const a = c.t.analysis;
  const blocks: Block[] = [h(2, c.t.headings.research)];
  // A planned interview (a row without notes or findings) was not held yet.
  const held = research.interviews.filter(heldWithConsent).length;
  const withoutConsent = research.interviews.filter(lacksConsent).length;
  if (research.methods.length === 0 && held + withoutConsent === 0 && c.data.surveys.length === 0) blocks.push(p(c.t.empty.research));
  if (research.methods.length > 0) blocks.push(p(`${a.methods}:`), bullets(research.methods.map((m) => RESEARCH_METHOD_LABELS[m][c.locale])));
  if (held > 0) blocks.push(p(a.interviews(held)));
  if (withoutConsent > 0) blocks.push(p(a.withoutConsent(withoutConsent)));
  if (c.data.surveys.length > 0) {
    const cols = a.surveyColumns;
    blocks.push(
      p(a.surveysIntro),
      table(
        [cols.title, cols.status, cols.responses, cols.closed],
        c.data.surveys.map((s) => [s.title, a.surveyStatus[s.status], String(s.responses), dayOr(c, s.closedOn)]),
      ),
    );
  }

  blocks.push(h(2, c.t.headings.diagnosis));
  if (diagnosis.entries.length === 0) {
    blocks.push(p(c.t.empty.diagnosis));
    return blocks;
  }
  blocks.push(...labelled(a.summary, diagnosis.summary));
  const order = (factor: string | null) => (factor && isCombFactor(factor) ? COMB_FACTORS.indexOf(factor) : COMB_FACTORS.length);
  const entries = [...diagnosis.entries].sort(
    (x, y) => order(x.factor) - order(y.factor) || (x.kind === y.kind ? 0 : x.kind === 'barrier' ? -1 : 1) || (y.weight ?? 0) - (x.weight ?? 0),
  );
  const cols = a.columns;
  blocks.push(
    table(
      [cols.factor, cols.kind, cols.description, cols.weight, cols.evidence, cols.mustChange],
      entries.map((e) => {
        const sources = e.sources.map((s) => inSentence(EVIDENCE_SOURCE_LABELS[s][c.locale]));
        const evidence = [e.evidence, sources.length > 0 ? `(${c.t.list(sources)})` : ''].filter(filled).join(' ');
        return [
          factorName(c, e.factor),
          FINDING_KIND_LABELS[e.kind][c.locale],
          e.description,
          e.weight === null ? c.t.none : String(e.weight),
          or(c, evidence),
          or(c, e.mustChange),
        ];
      }),
    ),
  );
  return blocks;
}

/** The 3.4 barriers a candidate addresses, in the team's words. */
function barriersOf(c: Context, candidate: ReportCandidate): string[] {
  const entries = new Map(get(c.data.worksheets, '3.4').entries.map((e) => [e.id, e.description]));
  return candidate.barrierIds.flatMap((id) => (entries.has(id) ? [entries.get(id)!] : []));
}

/** A chosen intervention in full: what it is, why (APEASE and the reason) and its plan of 4.4. */
function interventionInFull(c: Context, candidate: ReportCandidate): Block[] {
  const i = c.t.interventions;
  const blocks: Block[] = [h(2, candidate.title), ...paragraphs(candidate.description)];
  blocks.push(...labelled(i.functions, c.t.list(candidate.functions.map((fn) => functionName(c, fn)))));
  blocks.push(...labelled(i.factors, c.t.list(candidate.factors.map((f) => factorName(c, f)))));
  blocks.push(...labelled(i.barriers, barriersOf(c, candidate).join('; ')));
  blocks.push(...labelled(i.rationale, candidate.rationale));

  blocks.push(h(3, c.t.headings.apease));
  const rated = candidate.apease.criteria.filter((x) => x.mean !== null);
  if (rated.length === 0) blocks.push(p(c.t.empty.apease));
  else {
    blocks.push(
      table(
        [i.apeaseColumns.criterion, i.apeaseColumns.mean, i.apeaseColumns.raters],
        candidate.apease.criteria.map((x) => [APEASE_TEXT[x.criterion].name[c.locale], x.mean === null ? c.t.none : c.f.mean(x.mean), String(x.raters)]),
      ),
    );
    if (candidate.apease.overall !== null) blocks.push(p(i.apeaseOverall(c.f.mean(candidate.apease.overall))));
    if (candidate.apease.concerns.length > 0) blocks.push(p(i.concerns(candidate.apease.concerns.map((x) => APEASE_TEXT[x].name[c.locale]))));
  }

  blocks.push(h(3, c.t.headings.elaboration));
  const plan = candidate.plan;
  if (!plan) return [...blocks, p(c.t.empty.elaboration)];
  const rows: [string, string][] = [
    [i.plan.what, plan.what],
    [i.plan.forWhom, plan.forWhom],
    [i.plan.byWhom, plan.byWhom],
    [i.plan.when, plan.start ? i.period(c.f.day(plan.start), plan.end ? c.f.day(plan.end) : null) : ''],
    [i.plan.materials, plan.materials],
    [i.plan.measurement, plan.measurement],
    [i.plan.indicators, c.t.list(plan.indicators.map((k) => indicatorName(c, k)))],
  ];
  const given = rows.filter(([, value]) => filled(value));
  return [...blocks, given.length > 0 ? table([c.t.field, c.t.value], given) : p(c.t.empty.elaboration)];
}

/** The plan describes each chosen intervention in full and names what was set aside; the report summarises. */
export function interventionsSection(c: Context, detail: 'full' | 'summary'): Block[] {
  const chosen = chosenCandidates(c.data);
  if (chosen.length === 0) return [p(c.t.empty.interventions)];
  if (detail === 'summary') {
    const cols = c.t.interventions.columns;
    return [
      table(
        [cols.intervention, cols.functions, cols.rationale],
        chosen.map((x) => [x.title, or(c, c.t.list(x.functions.map((fn) => functionName(c, fn)))), or(c, x.rationale)]),
      ),
    ];
  }
  const rejected = c.data.candidates.filter((x) => x.decision === 'rejected');
  return [
    ...chosen.flatMap((x) => interventionInFull(c, x)),
    ...(rejected.length > 0 ? [h(2, c.t.headings.rejected), bullets(rejected.map((x) => (filled(x.rationale) ? `${x.title}: ${x.rationale}` : x.title)))] : []),
  ];
}

/** The actions with owner, date and status; the report also says when each was done. */
export function actionsSection(c: Context): Block[] {
  const actions = c.data.actions;
  if (actions.length === 0) return [p(c.t.empty.actions)];
  const cols = c.t.actions.columns;
  const done = actions.filter((a) => a.status === 'done').length;
  const dropped = actions.filter((a) => a.status === 'dropped').length;
  return [
    p(c.t.actions.summary(done, actions.length, dropped)),
    table(
      [cols.title, cols.intervention, cols.owner, cols.due, cols.status],
      actions.map((a) => {
        const status = ACTION_STATUS_LABELS[a.status][c.locale];
        return [
          a.title,
          candidateTitle(c, a.candidateId),
          or(c, a.ownerName),
          dayOr(c, a.due),
          a.status === 'done' && a.doneOn ? c.t.actions.doneOn(status, c.f.day(a.doneOn)) : status,
        ];
      }),
    ),
  ];
}

export function communicationSection(c: Context): Block[] {
  const items = c.data.communication;
  if (items.length === 0) return [p(c.t.empty.communication)];
  const cols = c.t.communication.columns;
  return [
    table(
      [cols.audience, cols.message, cols.channel, cols.planned, cols.owner, cols.status],
      items.map((x) => [x.audience, x.message, x.channel, dayOr(c, x.planned), or(c, x.ownerName), COMMUNICATION_STATUS_LABELS[x.status][c.locale]]),
    ),
  ];
}

/** Milestones, the check-in series of 1.4 and how many check-ins were held; resources and board reporting. */
export function planningSection(c: Context): Block[] {
  const planning = get(c.data.worksheets, '1.4');
  const { milestones } = planningOverview(planning);
  const undated = planning.milestones.filter((m) => m.date === null);
  const cols = c.t.planning.columns;
  const blocks: Block[] = [h(2, c.t.headings.milestones)];
  if (planning.milestones.length === 0) blocks.push(p(c.t.empty.milestones));
  else
    blocks.push(
      table(
        [cols.step, cols.milestone, cols.date],
        [...milestones, ...undated].map((m) => [String(m.step), m.title, dayOr(c, m.date)]),
      ),
    );

  blocks.push(h(2, c.t.headings.checkinRhythm));
  const m = planning.meetings;
  if (m.firstDate) {
    const days = meetingDates(m);
    blocks.push(
      p(
        c.t.planning.rhythm({
          title: m.title,
          weeks: m.intervalWeeks,
          first: c.f.day(m.firstDate),
          time: m.startTime,
          minutes: m.durationMinutes,
          count: m.count,
          last: days.length > 1 ? c.f.day(days.at(-1)!) : null,
        }),
      ),
      ...(filled(m.location) ? [p(c.t.planning.location(m.location))] : []),
    );
  } else blocks.push(p(c.t.empty.rhythm));
  const held = c.data.checkins;
  if (held.length > 0) blocks.push(p(c.t.planning.held(held.length, c.f.day(held.at(-1)!.date))));
  blocks.push(...labelled(c.t.planning.resources, planning.resources), ...labelled(c.t.planning.boardReporting, planning.boardReporting));
  return blocks;
}

/** A KPI's baseline or target with its date, e.g. "12 (1 maart 2027)". */
export const valueOn = (c: Context, value: number | null, day: string | null) =>
  value === null ? c.t.none : c.t.kpis.valueOn(c.f.number(value), day ? c.f.day(day) : null);
