import { filled } from '../worksheets/fields.js';
import {
  assessSeverity,
  atLeast,
  availabilityLossOf,
  classificationOf,
  easeOfIdentification,
  LARGE_NUMBER_OF_PEOPLE,
  maliciousOf,
  revealsCareRelationship,
  volumeOf,
  type SeverityAssessment,
  type SeverityLevel,
} from './enisa.js';
import {
  involvesSensitiveData,
  involvesVulnerableGroup,
  unintelligible,
  VULNERABLE_GROUPS,
  type BreachNature,
  type BreachRegister,
  type ConsequenceSeverity,
  type DataCategory,
} from './register.js';

/**
 * The proposal whether to notify the AP (art. 33) and inform the people involved (art. 34), in two
 * stages that follow the articles as written. The tool proposes; the controller decides on the FG's
 * advice and records why (docs/breach-advice.md explains it for an FG to audit). Rules marked
 * "Wegwijs" are this product's choices where the law and the guidance leave room; they are cautious
 * on purpose and every reason that rests on one says so.
 *
 * Stage 1, art. 33(1): notify "unless the personal data breach is unlikely to result in a risk to the
 * rights and freedoms of natural persons". Unlikely only on an explicit, recorded ground:
 * - no personal data were involved after all: then it is no personal data breach (art. 4(12));
 * - per security property that was lost, a ground of its own (confidentiality is taken as lost after a
 *   hack, theft or loss until an investigation on record excludes it, see enisa.ts):
 *   - confidentiality:
 *     - all the data concerned were unintelligible with state-of-the-art protection, the key safe and the
 *       technique on record (AP, "Datalek: wel of niet melden": vooraf getroffen maatregelen; WP250rev.01
 *       Annex B (i));
 *     - evidence on record shows nobody saw the data, nothing is still missing, and no intrusion, theft or
 *       login happened (a Wegwijs ground; compare WP250rev.01 Annex B (vii), a flaw nobody used);
 *     - only one user's login details leaked and the logs show nobody logged in (a Wegwijs ground);
 *     - a trusted recipient without ill intent confirmed deletion, for a limited number of people and
 *       consequences the officer does not judge serious (AP, "De onjuiste ontvanger is betrouwbaar";
 *       WP250rev.01 §IV.B);
 *   - integrity: the error was put right before anyone used the wrong data (a Wegwijs ground);
 *   - availability: back without trouble, or back in full within 24 hours, and care or service to people
 *     explicitly not held up (WP250rev.01 Annex B (iii), (iv) and (viii); the 24 hours are Wegwijs');
 * - or the officer judged the consequences negligible and every fact points the same way (art. 33(1) with
 *   recital 85; Wegwijs' reading of WP250rev.01 Annex B (x), which names the factors that make it notifiable).
 * A low ENISA score alone is no ground: ENISA's "low" still means some inconvenience, and a Wegwijs
 * choice from caution is to let only recorded grounds make a risk unlikely.
 *
 * Stage 2, art. 34(1): inform the people when the breach is "likely to result in a high risk". Wegwijs
 * reads ENISA's high and very high (after the number of people) as a high risk — ENISA 2013 predates the
 * GDPR and sets no art. 34 threshold — and so does the officer's own "significant" or "very high". When
 * only availability was lost, the high risk lies in what the outage did: data lost for good, or care held
 * up longer than the good-time limit (recital 86; WP250rev.01 Annex B (viii)).
 * Then the art. 34(3) exceptions, each only on its recorded ground:
 * (a) unintelligible as above, and no loss or wrong use of the data besides (encryption answers for
 *     confidentiality only; AP: the data must be intact and under control);
 * (b) later measures make the high risk no longer likely: the officer records which and why; or the facts
 *     show it: a trusted recipient without ill intent no longer has the data (AP; WP250rev.01 §IV.B); or,
 *     for data not sensitive in themselves, an honest recipient returned or deleted them (WP250rev.01
 *     §III.D, which warns that for sensitive data what the recipient already saw still counts);
 * (c) informing everyone would take disproportionate effort: a public communication instead.
 *
 * Every reason names the register fields it rests on, and the proposal lists the single checkable facts
 * that would change it. Pure: the same facts always give the same proposal, so it is kept with each decision.
 */

export type RegisterField = keyof BreachRegister;

/** The reasons a proposal gives, as message keys; values fill the message's placeholders. */
export const PROPOSAL_REASONS = [
  // Stage 1: a ground why a risk is unlikely.
  'groundNotPersonalData',
  'groundNegligible',
  'groundUnintelligible',
  'groundContained',
  'groundCredentialsNotUsed',
  'groundTrustedRecipient',
  'groundCorrectedBeforeUse',
  'groundRestored',
  // Stage 1: a lost property without a ground, and what else speaks for notifying.
  'confidentialityAtRisk',
  'confidentialityNotExcluded',
  'integrityAtRisk',
  'availabilityAtRisk',
  'protectionNotOnRecord',
  'severity',
  'lowIsNoGround',
  'sensitiveData',
  'vulnerableGroup',
  'careRelationship',
  'largeNumber',
  'numberUnknown',
  'dataUnknown',
  'maliciousIntent',
  'classificationAssumed',
  'officerOverride',
  // Stage 2.
  'noRisk',
  'highRisk',
  'noHighRisk',
  'levelRaisedByNumber',
  'levelRaisedByOfficer',
  'officerJudgesLower',
  'exceptionUnintelligible',
  'encryptionConfidentialityOnly',
  'exceptionMeasures',
  'exceptionTrustedRecipient',
  'exceptionRecipientReturned',
  'returnedButSensitive',
  'outageWithoutHighRisk',
  'measuresNotEnough',
  'exceptionDisproportionate',
  'disproportionateForFew',
] as const;
export type ProposalReasonKey = (typeof PROPOSAL_REASONS)[number];

export type ReasonValue = string | number | string[];
export type ProposalReason = {
  key: ProposalReasonKey;
  values?: Record<string, ReasonValue>;
  /** The register fields this reason rests on, so the interface can link to them. */
  facts: RegisterField[];
};

/**
 * One checkable fact changed, named as "field:value" (the interface has a sentence for each). Judgements
 * (the officer's severity, trust, the exceptions' grounds) are left out on purpose: a list of which
 * judgement would remove a duty would steer the officer rather than ask her to check the facts.
 */
export const FACT_CHANGES = [
  'recipients:known',
  'recipients:unknown',
  'recipientTrusted:false',
  'dataRecovered:true',
  'dataRecovered:false',
  'recipientIntent:none',
  'recipientIntent:malicious',
  'keyCompromised:true',
  'keyCompromised:false',
  'protectionStateOfTheArt:true',
  'protectionCoversAll:false',
  'backup:restored',
  'backup:none',
  'careHeldUp:true',
  'integrityCorrectedBeforeUse:true',
  'integrityCorrectedBeforeUse:false',
  'confidentialityExcluded:false',
  'credentialsUsed:true',
  'malicious:true',
  'malicious:false',
  'people:large',
  'people:small',
  'specialCategories:health',
  'specialCategories:none',
  'revealsCareRelationship:true',
] as const;
export type FactChange = (typeof FACT_CHANGES)[number];

export type Pivot = {
  change: FactChange;
  /** Only the parts of the proposal that would turn, with what they would become. */
  notifyAp?: boolean;
  informSubjects?: boolean;
};

export type NotificationProposal = {
  method: 'wegwijs-two-stage-enisa-2013';
  severity: SeverityAssessment;
  notifyAp: { propose: boolean; reasons: ProposalReason[] };
  informSubjects: { propose: boolean; publicCommunication: boolean; reasons: ProposalReason[] };
  /** The single facts that would turn the proposal: those that turn both parts first (at most MAX_PIVOTS). */
  pivots: Pivot[];
};

const MAX_PIVOTS = 4;
/** Back within this many hours counts as "in good time" for availability (a Wegwijs threshold: WP250rev.01 Annex B has minutes (iii) against 30 hours (viii)). */
export const AVAILABILITY_GOOD_TIME_HOURS = 24;

const reason = (key: ProposalReasonKey, facts: RegisterField[], values?: Record<string, ReasonValue>): ProposalReason =>
  values ? { key, values, facts } : { key, facts };

/** All the data concerned were unintelligible with state-of-the-art protection, the key safe and the technique on record. */
const unintelligibleOnRecord = (r: BreachRegister) =>
  unintelligible(r) && r.protectionStateOfTheArt === true && r.protectionCoversAll === true && filled(r.protectionTechnique);
const PROTECTION_FACTS: RegisterField[] = ['protection', 'protectionStateOfTheArt', 'protectionCoversAll', 'keyCompromised', 'protectionTechnique'];

const SERVICE_HELD_UP = ['serviceTemporarilyUnavailable', 'servicePermanentlyUnavailable'] as const;
/** What identifies an account's own holder: leaked with the password, it exposes no one else. */
const ACCOUNT_DETAILS: readonly DataCategory[] = ['credentials', 'name', 'email', 'phone'];

/** The officer judged the consequences significant or very high. */
const officerSerious = (r: BreachRegister) => r.consequenceSeverity === 'significant' || r.consequenceSeverity === 'veryHigh';
const overridden = (r: BreachRegister) => r.enisa.dpc !== null || r.enisa.easeOfIdentification !== null;

/** The ground, if any, that makes a risk from this lost property unlikely; only facts the officer recorded count. */
function groundFor(aspect: BreachNature, r: BreachRegister, s: SeverityAssessment): ProposalReason | null {
  switch (aspect) {
    case 'confidentiality':
      if (unintelligibleOnRecord(r)) return reason('groundUnintelligible', PROTECTION_FACTS, { technique: r.protectionTechnique });
      // Not after an intrusion or a theft, nor once someone logged in: then someone did have access.
      if (r.recipients === 'none' && filled(r.containedEvidence) && r.dataRecovered !== false && !maliciousOf(r) && r.credentialsUsed !== true) {
        return reason('groundContained', ['recipients', 'containedEvidence', 'dataRecovered'], { evidence: r.containedEvidence });
      }
      // One account holder's own details: a leaked table of many users' passwords is a different breach.
      const oneAccount = r.people !== null && r.people.max === 1;
      if (
        r.credentialsUsed === false &&
        oneAccount &&
        r.specialCategories.length === 0 &&
        r.dataCategories.length > 0 &&
        r.dataCategories.every((c) => ACCOUNT_DETAILS.includes(c))
      ) {
        return reason('groundCredentialsNotUsed', ['credentialsUsed', 'dataCategories']);
      }
      if (
        r.recipients === 'known' &&
        r.recipientTrusted === true &&
        r.recipientIntent === 'none' &&
        r.dataRecovered === true &&
        !maliciousOf(r) &&
        !officerSerious(r) &&
        !s.volume.large
      ) {
        return reason('groundTrustedRecipient', ['recipients', 'recipientTrusted', 'recipientIntent', 'dataRecovered']);
      }
      return null;
    case 'integrity':
      return r.integrityCorrectedBeforeUse === true ? reason('groundCorrectedBeforeUse', ['integrityCorrectedBeforeUse']) : null;
    case 'availability': {
      // Only what the officer recorded counts: the loss itself, or a backup that tells it.
      const loss = r.availabilityLoss ?? (r.backup ? availabilityLossOf(r) : null);
      const hours = r.unavailableHours;
      const inGoodTime =
        loss === 'restorable'
          ? hours === null || hours <= AVAILABILITY_GOOD_TIME_HOURS
          : loss === 'temporary' && hours !== null && hours <= AVAILABILITY_GOOD_TIME_HOURS;
      const heldUp = r.careHeldUp !== false || r.dataConsequences.some((c) => (SERVICE_HELD_UP as readonly string[]).includes(c));
      return inGoodTime && r.backup !== 'restoredWithLoss' && !heldUp
        ? reason('groundRestored', ['availabilityLoss', 'backup', 'unavailableHours', 'careHeldUp'], { hours: AVAILABILITY_GOOD_TIME_HOURS })
        : null;
    }
  }
}

const AT_RISK: Record<BreachNature, { key: ProposalReasonKey; facts: RegisterField[] }> = {
  confidentiality: {
    key: 'confidentialityAtRisk',
    facts: ['recipients', 'containedEvidence', 'recipientTrusted', 'recipientIntent', 'dataRecovered', 'protection', 'keyCompromised'],
  },
  integrity: { key: 'integrityAtRisk', facts: ['integrityCorrectedBeforeUse'] },
  availability: { key: 'availabilityAtRisk', facts: ['availabilityLoss', 'backup', 'unavailableHours', 'careHeldUp'] },
};

/** Not yet known which data are involved: in care they may well be health data. */
const dataUnknown = (r: BreachRegister) => r.dataCategories.length + r.specialCategories.length === 0 || r.dataCategories.includes('unknown');

const severityValues = (s: SeverityAssessment) => ({ score: s.score, level: s.level });

/** Ordinary, low, small, known and contained enough for the officer's "negligible" to carry the conclusion. */
function negligibleOnRecord(r: BreachRegister, s: SeverityAssessment): boolean {
  const smallKnownNumber = r.people !== null && r.people.max !== null && r.people.max <= LARGE_NUMBER_OF_PEOPLE;
  // Who saw the data matters only where they could be seen: a loss or an error alone has no recipients.
  const seen = classificationOf(r).includes('confidentiality');
  const fewRecipients =
    !seen || r.recipients === 'none' || (r.recipients === 'known' && r.recipientCount !== null && r.recipientCount <= LARGE_NUMBER_OF_PEOPLE);
  return (
    r.consequenceSeverity === 'negligible' &&
    s.level === 'low' &&
    !overridden(r) &&
    !involvesSensitiveData(r) &&
    !(seen && (involvesVulnerableGroup(r) || revealsCareRelationship(r))) &&
    !r.dataCategories.includes('credentials') &&
    !dataUnknown(r) &&
    r.peopleConsequences.length === 0 &&
    fewRecipients &&
    smallKnownNumber &&
    !maliciousOf(r)
  );
}

/** The officer's own ENISA values, beside the derived ones. */
function overrideReason(r: BreachRegister, s: SeverityAssessment): ProposalReason[] {
  if (!overridden(r)) return [];
  const derivedEase = easeOfIdentification({ ...r, enisa: { ...r.enisa, easeOfIdentification: null } }).level;
  return [
    reason('officerOverride', ['enisa'], {
      dpc: s.dpc,
      dpcDerived: s.dpcDerived,
      ease: s.easeOfIdentification,
      easeDerived: derivedEase,
      ground: r.enisa.reason,
    }),
  ];
}

/** What else speaks for notifying, beside the property at risk. */
function supportingReasons(r: BreachRegister, s: SeverityAssessment): ProposalReason[] {
  const reasons = [reason('severity', ['dataCategories', 'specialCategories', 'subjectGroups', 'recipients', 'enisa'], severityValues(s))];
  if (s.level === 'low') reasons.push(reason('lowIsNoGround', []));
  reasons.push(...overrideReason(r, s));
  const sensitive = [...r.specialCategories, ...r.dataCategories.filter((c) => c === 'bsn' || c === 'criminal')];
  if (sensitive.length > 0) reasons.push(reason('sensitiveData', ['specialCategories', 'dataCategories'], { categories: sensitive }));
  if (involvesVulnerableGroup(r))
    reasons.push(reason('vulnerableGroup', ['subjectGroups'], { groups: r.subjectGroups.filter((g) => VULNERABLE_GROUPS.includes(g)) }));
  else if (revealsCareRelationship(r)) reasons.push(reason('careRelationship', ['revealsCareRelationship']));
  if (s.volume.large) reasons.push(reason('largeNumber', ['people', 'records'], { count: s.volume.estimate!, threshold: LARGE_NUMBER_OF_PEOPLE }));
  if (s.volume.estimate === null) reasons.push(reason('numberUnknown', ['people', 'records']));
  if (dataUnknown(r)) reasons.push(reason('dataUnknown', ['dataCategories']));
  if (maliciousOf(r)) reasons.push(reason('maliciousIntent', ['malicious', 'recipientIntent', 'incidentKind']));
  if (s.classificationAssumed) reasons.push(reason('classificationAssumed', ['classification']));
  return reasons;
}

/** Stage 1: whether a risk is unlikely, with the grounds; otherwise the reasons to notify. */
function stageOne(r: BreachRegister, s: SeverityAssessment): NotificationProposal['notifyAp'] {
  if (r.personalDataInvolved === false) return { propose: false, reasons: [reason('groundNotPersonalData', ['personalDataInvolved'])] };
  if (negligibleOnRecord(r, s)) {
    return {
      propose: false,
      reasons: [
        reason('groundNegligible', ['consequenceSeverity', 'people', 'recipients', 'recipientCount'], {
          ...severityValues(s),
          threshold: LARGE_NUMBER_OF_PEOPLE,
        }),
      ],
    };
  }
  const aspects = classificationOf(r).map((aspect) => ({ aspect, ground: groundFor(aspect, r, s) }));
  if (aspects.every((a) => a.ground)) return { propose: false, reasons: aspects.map((a) => a.ground!) };
  const reasons = aspects
    .filter((a) => !a.ground)
    .map((a) =>
      a.aspect === 'confidentiality' && s.confidentialityAssumed
        ? reason('confidentialityNotExcluded', ['classification', 'confidentialityExcluded', 'confidentialityExcludedBasis', 'incidentKind'])
        : reason(AT_RISK[a.aspect].key, AT_RISK[a.aspect].facts),
    );
  if (unintelligible(r) && !unintelligibleOnRecord(r)) reasons.push(reason('protectionNotOnRecord', PROTECTION_FACTS));
  return { propose: true, reasons: [...reasons, ...supportingReasons(r, s)] };
}

/** The officer's judgement of the consequences (AP form) on the severity scale. */
const OFFICER_LEVEL: Record<ConsequenceSeverity, SeverityLevel> = { negligible: 'low', limited: 'medium', significant: 'high', veryHigh: 'veryHigh' };

/** Data lost for good, or wrong data (possibly) used: a harm that encryption or a returned copy does not undo. */
function otherHarm(r: BreachRegister): boolean {
  const classification = classificationOf(r);
  const wrongDataUsed = (classification.includes('integrity') && r.integrityCorrectedBeforeUse !== true) || r.dataConsequences.includes('wrongDataUsed');
  const lostForGood = classification.includes('availability') && (availabilityLossOf(r) === 'permanent' || availabilityLossOf(r) === 'partial');
  return wrongDataUsed || lostForGood;
}

/** Sensitive in themselves: what an honest recipient already saw of these still counts (WP250rev.01 §III.D). */
const sensitiveContent = (r: BreachRegister, s: SeverityAssessment) => involvesSensitiveData(r) || s.dataType === 'sensitive' || s.dpcDerived >= 4;

/**
 * Only availability was lost: a high risk for the people lies in what the outage did to them (recital 86;
 * WP250rev.01 Annex B (viii) ties informing to the patients' care), so ENISA's level counts as high only
 * when data were lost for good, or care was held up for more than the good-time limit (unanswered counts).
 */
function outageWithoutHighRisk(r: BreachRegister): boolean {
  const classification = classificationOf(r);
  if (classification.length !== 1 || classification[0] !== 'availability') return false;
  const lostForGood = availabilityLossOf(r) === 'permanent' || availabilityLossOf(r) === 'partial';
  const longHoldUp = r.careHeldUp !== false && (r.unavailableHours === null || r.unavailableHours > AVAILABILITY_GOOD_TIME_HOURS);
  return !lostForGood && !longHoldUp;
}

/** The recorded facts of a trusted recipient who meant no harm and no longer has the data. */
const trustedAndDeleted = (r: BreachRegister) =>
  r.recipients === 'known' && r.recipientTrusted === true && r.recipientIntent === 'none' && r.dataRecovered === true && !maliciousOf(r);

/** Stage 2: a high risk for the people, and the art. 34(3) exceptions. */
function stageTwo(r: BreachRegister, s: SeverityAssessment, notifyAp: NotificationProposal['notifyAp']): NotificationProposal['informSubjects'] {
  const decide = (propose: boolean, reasons: ProposalReason[], publicCommunication = false) => ({ propose, publicCommunication, reasons });
  if (!notifyAp.propose) return decide(false, [reason('noRisk', [])]);

  const officer = r.consequenceSeverity ? OFFICER_LEVEL[r.consequenceSeverity] : null;
  const context: ProposalReason[] = [...overrideReason(r, s)];
  let enisaLevel = s.level;
  if (atLeast(enisaLevel, 'high') && outageWithoutHighRisk(r)) {
    enisaLevel = 'medium';
    context.push(reason('outageWithoutHighRisk', ['availabilityLoss', 'unavailableHours', 'careHeldUp'], { hours: AVAILABILITY_GOOD_TIME_HOURS }));
  }
  const level = officer && atLeast(officer, enisaLevel) ? officer : enisaLevel;
  // Only where it would change the answer: ENISA says high risk, the officer does not.
  if (officer && atLeast(enisaLevel, 'high') && !atLeast(officer, 'high'))
    context.push(reason('officerJudgesLower', ['consequenceSeverity'], { officer: r.consequenceSeverity!, level: enisaLevel }));
  if (!atLeast(level, 'high')) return decide(false, [reason('noHighRisk', ['consequenceSeverity'], { score: s.score, level }), ...context]);

  const reasons = [reason('highRisk', ['dataCategories', 'specialCategories', 'subjectGroups', 'consequenceSeverity'], { score: s.score, level }), ...context];
  if (s.volume.large && !atLeast(s.scoreLevel, 'high'))
    reasons.push(reason('levelRaisedByNumber', ['people', 'records'], { count: s.volume.estimate!, threshold: LARGE_NUMBER_OF_PEOPLE }));
  if (officer && !atLeast(enisaLevel, 'high') && atLeast(officer, 'high'))
    reasons.push(reason('levelRaisedByOfficer', ['consequenceSeverity'], { officer: r.consequenceSeverity! }));

  const confidentialityLost = classificationOf(r).includes('confidentiality');
  if (confidentialityLost && unintelligibleOnRecord(r)) {
    if (!otherHarm(r)) return decide(false, [...reasons, reason('exceptionUnintelligible', PROTECTION_FACTS, { technique: r.protectionTechnique })]);
    reasons.push(reason('encryptionConfidentialityOnly', ['classification', 'availabilityLoss', 'integrityCorrectedBeforeUse']));
  }
  if (r.highRiskRemoved === true)
    return decide(false, [...reasons, reason('exceptionMeasures', ['highRiskRemoved', 'highRiskRemovedGround'], { ground: r.highRiskRemovedGround })]);
  if (confidentialityLost && r.highRiskRemoved === null && !otherHarm(r) && !officerSerious(r)) {
    // A trusted recipient who deleted the data takes the likelihood away whatever the data (AP; WP250rev.01 §IV.B).
    if (trustedAndDeleted(r))
      return decide(false, [...reasons, reason('exceptionTrustedRecipient', ['recipients', 'recipientTrusted', 'recipientIntent', 'dataRecovered'])]);
    // An honest but untrusted recipient: what they saw of sensitive data remains (WP250rev.01 §III.D).
    const returned = r.recipients === 'known' && r.recipientIntent === 'none' && r.dataRecovered === true && !maliciousOf(r);
    if (returned && !sensitiveContent(r, s))
      return decide(false, [...reasons, reason('exceptionRecipientReturned', ['recipients', 'recipientIntent', 'dataRecovered'])]);
    if (returned) reasons.push(reason('returnedButSensitive', ['specialCategories', 'dataCategories', 'subjectGroups', 'consequenceSeverity']));
  }
  if (r.highRiskRemoved === false) reasons.push(reason('measuresNotEnough', ['highRiskRemoved']));
  if (r.informingDisproportionate === true) {
    const few = s.volume.estimate !== null && !s.volume.large;
    const check = few ? [reason('disproportionateForFew', ['people', 'informingDisproportionate'], { count: s.volume.estimate! })] : [];
    return decide(true, [...reasons, reason('exceptionDisproportionate', ['informingDisproportionate', 'publicCommunication']), ...check], true);
  }
  return decide(true, reasons);
}

/** Both stages for one set of facts, without looking for pivots. */
function propose(register: BreachRegister): Omit<NotificationProposal, 'pivots'> {
  const severity = assessSeverity(register);
  const notifyAp = stageOne(register, severity);
  return { method: 'wegwijs-two-stage-enisa-2013', severity, notifyAp, informSubjects: stageTwo(register, severity, notifyAp) };
}

const PEOPLE_SMALL = { min: 1, max: 1 };
const PEOPLE_LARGE = { min: LARGE_NUMBER_OF_PEOPLE + 1, max: null };
const has = (r: BreachRegister, aspect: BreachNature) => classificationOf(r).includes(aspect);
/** Returning or deleting means something where someone had the data, or nobody saw them. */
const canComeBack = (r: BreachRegister) => has(r, 'confidentiality') && (r.recipients === 'known' || r.recipients === 'none');

/** Each fact change applied to the register, or null where the fact does not matter for this breach. */
const APPLY: Record<FactChange, (r: BreachRegister) => BreachRegister | null> = {
  'recipients:known': (r) => (r.recipients !== 'known' && has(r, 'confidentiality') ? { ...r, recipients: 'known' } : null),
  'recipients:unknown': (r) => (r.recipients !== 'unknown' && has(r, 'confidentiality') ? { ...r, recipients: 'unknown', recipientIntent: null } : null),
  'recipientTrusted:false': (r) => (r.recipients === 'known' && r.recipientTrusted === true ? { ...r, recipientTrusted: false } : null),
  'dataRecovered:true': (r) => (canComeBack(r) && r.dataRecovered !== true ? { ...r, dataRecovered: true } : null),
  'dataRecovered:false': (r) => (canComeBack(r) && r.dataRecovered === true ? { ...r, dataRecovered: false } : null),
  'recipientIntent:none': (r) =>
    r.recipients === 'known' && r.recipientIntent !== null && r.recipientIntent !== 'none' ? { ...r, recipientIntent: 'none' } : null,
  'recipientIntent:malicious': (r) => (r.recipients === 'known' && r.recipientIntent !== 'malicious' ? { ...r, recipientIntent: 'malicious' } : null),
  'keyCompromised:true': (r) => (unintelligible(r) ? { ...r, keyCompromised: true } : null),
  'keyCompromised:false': (r) =>
    r.protection && r.protection !== 'none' && r.protection !== 'unknown' && r.keyCompromised !== false ? { ...r, keyCompromised: false } : null,
  'protectionStateOfTheArt:true': (r) => (unintelligible(r) && r.protectionStateOfTheArt !== true ? { ...r, protectionStateOfTheArt: true } : null),
  'protectionCoversAll:false': (r) => (unintelligible(r) && r.protectionCoversAll === true ? { ...r, protectionCoversAll: false } : null),
  'backup:restored': (r) =>
    has(r, 'availability') && r.backup !== 'restored'
      ? { ...r, backup: 'restored', availabilityLoss: r.availabilityLoss === 'temporary' ? 'temporary' : 'restorable' }
      : null,
  'backup:none': (r) => (has(r, 'availability') && r.backup !== 'none' ? { ...r, backup: 'none', availabilityLoss: 'permanent' } : null),
  'careHeldUp:true': (r) => (has(r, 'availability') && r.careHeldUp === false ? { ...r, careHeldUp: true } : null),
  'integrityCorrectedBeforeUse:true': (r) =>
    has(r, 'integrity') && r.integrityCorrectedBeforeUse === false ? { ...r, integrityCorrectedBeforeUse: true } : null,
  'integrityCorrectedBeforeUse:false': (r) => (r.integrityCorrectedBeforeUse === true ? { ...r, integrityCorrectedBeforeUse: false } : null),
  'confidentialityExcluded:false': (r) => (r.confidentialityExcluded === true ? { ...r, confidentialityExcluded: false } : null),
  'credentialsUsed:true': (r) => (r.credentialsUsed === false ? { ...r, credentialsUsed: true } : null),
  'malicious:true': (r) => (!maliciousOf(r) ? { ...r, malicious: true } : null),
  'malicious:false': (r) => (maliciousOf(r) && r.malicious === true ? { ...r, malicious: false } : null),
  'people:large': (r) => (volumeOf(r).estimate !== null && !volumeOf(r).large ? { ...r, people: PEOPLE_LARGE } : null),
  'people:small': (r) => (volumeOf(r).large ? { ...r, people: PEOPLE_SMALL, records: null } : null),
  'specialCategories:health': (r) => (r.specialCategories.length === 0 ? { ...r, specialCategories: ['health'] } : null),
  'specialCategories:none': (r) => (r.specialCategories.length > 0 ? { ...r, specialCategories: [] } : null),
  'revealsCareRelationship:true': (r) => (!revealsCareRelationship(r) ? { ...r, revealsCareRelationship: true } : null),
};

/** The single facts that would turn the proposal: those that turn both parts first, then in FACT_CHANGES' order. */
function pivotsOf(register: BreachRegister, current: Omit<NotificationProposal, 'pivots'>): Pivot[] {
  const pivots: Pivot[] = [];
  for (const change of FACT_CHANGES) {
    const changed = APPLY[change](register);
    if (!changed) continue;
    const other = propose(changed);
    const pivot: Pivot = { change };
    if (other.notifyAp.propose !== current.notifyAp.propose) pivot.notifyAp = other.notifyAp.propose;
    if (other.informSubjects.propose !== current.informSubjects.propose) pivot.informSubjects = other.informSubjects.propose;
    if (pivot.notifyAp !== undefined || pivot.informSubjects !== undefined) pivots.push(pivot);
  }
  const turnsBoth = (p: Pivot) => (p.notifyAp !== undefined && p.informSubjects !== undefined ? 0 : 1);
  return pivots.sort((a, b) => turnsBoth(a) - turnsBoth(b)).slice(0, MAX_PIVOTS);
}

/** The method's proposal: severity, notify the AP or not, inform the people or not, each with reasons and the facts that would turn it. */
export function proposeNotification(register: BreachRegister): NotificationProposal {
  const current = propose(register);
  return { ...current, pivots: pivotsOf(register, current) };
}
