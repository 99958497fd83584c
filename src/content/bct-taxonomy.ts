import type { InterventionFunction } from '#core/interventions/functions.js';
import type { LocalizedText } from '#core/locale.js';

/**
 * The Behaviour Change Technique Taxonomy v1 (Michie et al. 2013, Annals of Behavioral Medicine
 * 46(1):81–95): 93 techniques in 16 groups, with the taxonomy's own numbers and English labels
 * (its American spelling kept) and Dutch labels written by us. Interventions are tagged with these
 * ids, so a team can see which techniques its plan uses.
 */
export interface BctGroup {
  number: number;
  label: LocalizedText;
}
export interface Bct {
  /** As the taxonomy numbers it, e.g. "2.2". */
  id: string;
  group: number;
  label: LocalizedText;
}

/** English first: the taxonomy's own label, then ours. */
const label = (en: string, nl: string): LocalizedText => ({ nl, en });

const TAXONOMY: [number, LocalizedText, LocalizedText[]][] = [
  [
    1,
    label('Goals and planning', 'Doelen en planning'),
    [
      label('Goal setting (behavior)', 'Doel stellen (gedrag)'),
      label('Problem solving', 'Problemen oplossen'),
      label('Goal setting (outcome)', 'Doel stellen (uitkomst)'),
      label('Action planning', 'Actieplan maken'),
      label('Review behavior goal(s)', 'Gedragsdoel(en) herzien'),
      label('Discrepancy between current behavior and goal', 'Verschil tussen huidig gedrag en doel'),
      label('Review outcome goal(s)', 'Uitkomstdoel(en) herzien'),
      label('Behavioral contract', 'Gedragscontract'),
      label('Commitment', 'Toezegging'),
    ],
  ],
  [
    2,
    label('Feedback and monitoring', 'Feedback en monitoring'),
    [
      label('Monitoring of behavior by others without feedback', 'Gedrag door anderen laten volgen, zonder feedback'),
      label('Feedback on behavior', 'Feedback op gedrag'),
      label('Self-monitoring of behavior', 'Eigen gedrag bijhouden'),
      label('Self-monitoring of outcome(s) of behavior', 'Uitkomst(en) van eigen gedrag bijhouden'),
      label('Monitoring of outcome(s) of behavior without feedback', 'Uitkomst(en) van gedrag volgen, zonder feedback'),
      label('Biofeedback', 'Biofeedback'),
      label('Feedback on outcome(s) of behavior', 'Feedback op uitkomst(en) van gedrag'),
    ],
  ],
  [
    3,
    label('Social support', 'Sociale steun'),
    [
      label('Social support (unspecified)', 'Sociale steun (algemeen)'),
      label('Social support (practical)', 'Sociale steun (praktisch)'),
      label('Social support (emotional)', 'Sociale steun (emotioneel)'),
    ],
  ],
  [
    4,
    label('Shaping knowledge', 'Kennis vormen'),
    [
      label('Instruction on how to perform the behavior', 'Instructie over hoe je het gedrag uitvoert'),
      label('Information about Antecedents', 'Informatie over aanleidingen'),
      label('Re-attribution', 'Anders verklaren (herattributie)'),
      label('Behavioral experiments', 'Gedragsexperimenten'),
    ],
  ],
  [
    5,
    label('Natural consequences', 'Natuurlijke gevolgen'),
    [
      label('Information about health consequences', 'Informatie over gevolgen voor de gezondheid'),
      label('Salience of consequences', 'Gevolgen zichtbaar maken'),
      label('Information about social and environmental consequences', 'Informatie over gevolgen voor anderen en de omgeving'),
      label('Monitoring of emotional consequences', 'Emotionele gevolgen bijhouden'),
      label('Anticipated regret', 'Verwachte spijt'),
      label('Information about emotional consequences', 'Informatie over emotionele gevolgen'),
    ],
  ],
  [
    6,
    label('Comparison of behavior', 'Gedrag vergelijken'),
    [
      label('Demonstration of the behavior', 'Het gedrag voordoen'),
      label('Social comparison', 'Vergelijken met anderen'),
      label("Information about others' approval", 'Informatie over goedkeuring door anderen'),
    ],
  ],
  [
    7,
    label('Associations', 'Associaties'),
    [
      label('Prompts/cues', 'Herinneringen en signalen'),
      label('Cue signalling reward', 'Signaal dat een beloning aankondigt'),
      label('Reduce prompts/cues', 'Herinneringen afbouwen'),
      label('Remove access to the reward', 'Toegang tot de beloning wegnemen'),
      label('Remove aversive stimulus', 'Onaangename prikkel wegnemen'),
      label('Satiation', 'Verzadiging'),
      label('Exposure', 'Blootstelling'),
      label('Associative learning', 'Associatief leren'),
    ],
  ],
  [
    8,
    label('Repetition and substitution', 'Herhalen en vervangen'),
    [
      label('Behavioral practice/rehearsal', 'Gedrag oefenen'),
      label('Behavior substitution', 'Gedrag vervangen'),
      label('Habit formation', 'Gewoonte vormen'),
      label('Habit reversal', 'Gewoonte ombuigen'),
      label('Overcorrection', 'Overcorrectie'),
      label('Generalisation of target behavior', 'Doelgedrag breder toepassen'),
      label('Graded tasks', 'Taken in oplopende moeilijkheid'),
    ],
  ],
  [
    9,
    label('Comparison of outcomes', 'Uitkomsten vergelijken'),
    [
      label('Credible source', 'Geloofwaardige bron'),
      label('Pros and cons', 'Voor- en nadelen'),
      label('Comparative imagining of future outcomes', 'Toekomstige uitkomsten voorstellen en vergelijken'),
    ],
  ],
  [
    10,
    label('Reward and threat', 'Beloning en dreiging'),
    [
      label('Material incentive (behavior)', 'Materiële prikkel (gedrag)'),
      label('Material reward (behavior)', 'Materiële beloning (gedrag)'),
      label('Non-specific reward', 'Algemene beloning'),
      label('Social reward', 'Sociale beloning'),
      label('Social incentive', 'Sociale prikkel'),
      label('Non-specific incentive', 'Algemene prikkel'),
      label('Self-incentive', 'Zelf een prikkel afspreken'),
      label('Incentive (outcome)', 'Prikkel (uitkomst)'),
      label('Self-reward', 'Jezelf belonen'),
      label('Reward (outcome)', 'Beloning (uitkomst)'),
      label('Future punishment', 'Toekomstige straf'),
    ],
  ],
  [
    11,
    label('Regulation', 'Regulatie'),
    [
      label('Pharmacological support', 'Ondersteuning met medicatie'),
      label('Reduce negative emotions', 'Negatieve emoties verminderen'),
      label('Conserving mental resources', 'Mentale belasting sparen'),
      label('Paradoxical instructions', 'Paradoxale instructies'),
    ],
  ],
  [
    12,
    label('Antecedents', 'Aanleidingen'),
    [
      label('Restructuring the physical environment', 'De fysieke omgeving aanpassen'),
      label('Restructuring the social environment', 'De sociale omgeving aanpassen'),
      label('Avoidance/reducing exposure to cues for the behavior', 'Signalen voor het gedrag vermijden of verminderen'),
      label('Distraction', 'Afleiding'),
      label('Adding objects to the environment', 'Voorwerpen aan de omgeving toevoegen'),
      label('Body changes', 'Lichamelijke veranderingen'),
    ],
  ],
  [
    13,
    label('Identity', 'Identiteit'),
    [
      label('Identification of self as role model', 'Jezelf zien als voorbeeld'),
      label('Framing/reframing', 'Anders bekijken (framing)'),
      label('Incompatible beliefs', 'Tegenstrijdige overtuigingen'),
      label('Valued self-identity', 'Gewaardeerd zelfbeeld'),
      label('Identity associated with changed behavior', 'Identiteit die bij het nieuwe gedrag hoort'),
    ],
  ],
  [
    14,
    label('Scheduled consequences', 'Geplande gevolgen'),
    [
      label('Behavior cost', 'Kosten van gedrag'),
      label('Punishment', 'Straf'),
      label('Remove reward', 'Beloning wegnemen'),
      label('Reward approximation', 'Belonen van stappen in de goede richting'),
      label('Rewarding completion', 'Belonen van afronding'),
      label('Situation-specific reward', 'Belonen in een bepaalde situatie'),
      label('Reward incompatible behavior', 'Belonen van gedrag dat het ongewenste uitsluit'),
      label('Reward alternative behavior', 'Belonen van ander gedrag'),
      label('Reduce reward frequency', 'Minder vaak belonen'),
      label('Remove punishment', 'Straf wegnemen'),
    ],
  ],
  [
    15,
    label('Self-belief', 'Zelfvertrouwen'),
    [
      label('Verbal persuasion about capability', 'Overtuigen dat iemand het kan'),
      label('Mental rehearsal of successful performance', 'Succesvol uitvoeren in gedachten oefenen'),
      label('Focus on past success', 'Richten op eerdere successen'),
      label('Self-talk', 'Tegen jezelf praten'),
    ],
  ],
  [
    16,
    label('Covert learning', 'Leren in gedachten'),
    [
      label('Imaginary punishment', 'Voorgestelde straf'),
      label('Imaginary reward', 'Voorgestelde beloning'),
      label('Vicarious consequences', 'Gevolgen bij anderen zien'),
    ],
  ],
];

export const BCT_GROUPS: readonly BctGroup[] = TAXONOMY.map(([number, label]) => ({ number, label }));
export const BCTS: readonly Bct[] = TAXONOMY.flatMap(([group, , labels]) => labels.map((text, i) => ({ id: `${group}.${i + 1}`, group, label: text })));

const BY_ID = new Map(BCTS.map((b) => [b.id, b]));
export const bctById = (id: string): Bct | undefined => BY_ID.get(id);

/**
 * The techniques the BCW guide lists as most frequently used per intervention function (Michie,
 * Atkins & West 2014, table 3.3 "BCTs frequently used per intervention function", the column of most
 * frequent ones; taxonomy numbers as above). Restriction has none: the guide links no BCTTv1
 * technique to it. The guide's column of less frequent ones is not carried, so a technique missing
 * here may still serve a function; one listed here says which functions it serves.
 */
export const FREQUENT_BCTS: Record<InterventionFunction, readonly string[]> = {
  education: ['5.3', '5.1', '2.2', '2.7', '7.1', '2.3'],
  persuasion: ['9.1', '5.3', '5.1', '2.2', '2.7'],
  incentivisation: ['2.2', '2.7', '2.1', '2.5', '2.3'],
  coercion: ['2.2', '2.7', '2.1', '2.5', '2.3'],
  training: ['6.1', '4.1', '2.2', '2.7', '2.3', '8.1'],
  restriction: [],
  environmentalRestructuring: ['12.5', '7.1', '12.1'],
  modelling: ['6.1'],
  enablement: ['3.1', '3.2', '1.1', '1.3', '12.5', '1.2', '1.4', '2.3', '12.1', '1.5', '1.7'],
};
