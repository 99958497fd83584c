import type { CombFactor } from '#core/comb.js';
import type { LocalizedText } from '#core/locale.js';
import type { PersonaRef } from '#core/masterclass/roleplay.js';
import type { FindingKind } from '#core/research/interviews.js';

/**
 * Colleagues for the masterclass's interview practice (src/core/masterclass/roleplay.ts): one
 * participant plays the persona, another interviews them with the COM-B questions of the Wegwijzer
 * informatieveilig gedrag (IVGZ), stap 3. Per COM-B factor the persona has what it tells when asked
 * well, and whether that factor is a barrier, an enabler or neither. COM-B: behaviour happens when
 * people are able, get the chance and want to; six factors (Michie, van Stralen & West 2011, "The
 * behaviour change wheel: a new method for characterising and designing behaviour change
 * interventions", Implementation Science 6:42; Michie, Atkins & West 2014, The Behaviour Change
 * Wheel: A Guide to Designing Interventions). The factor names are COMB_FACTOR_TEXT's
 * (src/content/comb.ts).
 *
 * Every persona is invented: a role and a first name for the role-play, never a real person. Each is
 * set in one sector (src/core/sector.ts) and so uses that sector's word, patiënt or cliënt
 * (docs/glossary.md allows that for an example set in one sector). Each has one or two real
 * barriers: enough to find in a short interview, and a diagnosis seldom has one cause only.
 */

/** What a factor is for this persona: a barrier or an enabler as in 3.2's findings, or neither. */
export type PersonaFactorKind = FindingKind | 'neutral';

export interface PersonaFactor {
  kind: PersonaFactorKind;
  /** What the colleague tells when the interviewer asks about this factor well, in the first person. */
  reveals: LocalizedText;
}

export interface Persona extends PersonaRef {
  /** A role-play name: a first name only. */
  name: string;
  role: LocalizedText;
  /** The situation in two or three sentences, for everyone in the group. */
  situation: LocalizedText;
  /**
   * The target behaviour as the interview questions take it (`{behaviour}` in src/content/comb.ts):
   * in Dutch a bare infinitive phrase, in English one that fits after "to".
   */
  behaviour: LocalizedText;
  /** What the colleague player reads before the round. */
  briefing: LocalizedText;
  /** Hidden from the interviewer: for the colleague player, and for the observer afterwards. */
  factors: Record<CombFactor, PersonaFactor>;
}

const t = (nl: string, en: string): LocalizedText => ({ nl, en });
const barrier = (nl: string, en: string): PersonaFactor => ({ kind: 'barrier', reveals: t(nl, en) });
const enabler = (nl: string, en: string): PersonaFactor => ({ kind: 'enabler', reveals: t(nl, en) });
const neutral = (nl: string, en: string): PersonaFactor => ({ kind: 'neutral', reveals: t(nl, en) });

export const PERSONAS: readonly Persona[] = [
  {
    key: 'hospital-screen-lock',
    sector: 'hospital',
    name: 'Sanne',
    role: t('Verpleegkundige op de afdeling interne geneeskunde', 'Nurse on the internal medicine ward'),
    situation: t(
      'Sanne werkt op een computer op wieltjes in de gang. Als ze naar een patiënt loopt, blijft het EPD vaak open staan.',
      'Sanne works at a computer on wheels in the corridor. When she walks off to a patient, the EHR often stays open.',
    ),
    behaviour: t('het scherm vergrendelen als je wegloopt van de computer', 'lock the screen when you walk away from the computer'),
    briefing: t(
      'Je bent Sanne, verpleegkundige op de afdeling interne geneeskunde. Je werkt er al acht jaar. In de gang staat een computer op wieltjes met het EPD. Als er een bel gaat, loop je meteen weg. Het scherm blijft dan open. Je bent niet boos of verlegen over het gesprek.',
      'You are Sanne, a nurse on the internal medicine ward. You have worked there for eight years. In the corridor there is a computer on wheels with the EHR. When a call bell rings, you walk off at once. The screen then stays open. You are neither annoyed nor shy about the interview.',
    ),
    factors: {
      'C-psy': enabler(
        'Ik weet dat het moet en waarom. Met de Windows-toets en L gaat het snel.',
        'I know I should and why. The Windows key and L make it quick.',
      ),
      'C-phy': neutral('Daar heb ik geen moeite mee. Het is één toets.', 'No trouble there. It is one key.'),
      'O-phy': barrier(
        'Opnieuw inloggen duurt bijna een minuut. In een dienst loop ik wel dertig keer weg. Dat kost me te veel tijd.',
        'Logging in again takes almost a minute. I walk away some thirty times a shift. That costs me too much time.',
      ),
      'O-soc': neutral(
        'Sommige collega’s doen het wel, anderen niet. Niemand zegt er iets van.',
        'Some colleagues do it, others do not. Nobody says anything.',
      ),
      'M-ref': enabler('Ik vind het belangrijk. Bezoek kan zo meekijken in het dossier.', 'I think it matters. Visitors could easily look at the record.'),
      'M-aut': barrier(
        'Als er een bel gaat, loop ik meteen weg. Aan het scherm denk ik dan niet.',
        'When a call bell rings, I walk off at once. I do not think of the screen then.',
      ),
    },
  },
  {
    key: 'hospital-shared-printer',
    sector: 'hospital',
    name: 'Ahmed',
    role: t('Medewerker van het secretariaat van de polikliniek cardiologie', 'Secretary at the cardiology outpatient clinic'),
    situation: t(
      'Ahmed print brieven en etiketten met patiëntgegevens op de printer in de gang. Drie poli’s delen die printer. De prints blijven vaak een tijd liggen.',
      'Ahmed prints letters and labels with patient data on the printer in the corridor. Three clinics share that printer. The prints often lie there for a while.',
    ),
    behaviour: t('prints met patiëntgegevens meteen ophalen bij de printer', 'collect prints with patient data from the printer straight away'),
    briefing: t(
      'Je bent Ahmed en je werkt op het secretariaat van de polikliniek cardiologie. Je zit aan de balie en maakt afspraken. Je print veel brieven en etiketten. De printer staat aan het eind van de gang. Vaak haal je de prints pas later op.',
      'You are Ahmed and you work at the desk of the cardiology outpatient clinic. You sit at the front desk and make appointments. You print many letters and labels. The printer is at the end of the corridor. You often collect the prints later.',
    ),
    factors: {
      'C-psy': barrier(
        'Ik wist niet dat de printer kan wachten tot ik mijn pasje erop leg. Niemand heeft me dat uitgelegd.',
        'I did not know the printer can wait until I hold my badge to it. Nobody explained that to me.',
      ),
      'C-phy': neutral('Naar de printer lopen is voor mij geen probleem.', 'Walking to the printer is no problem for me.'),
      'O-phy': barrier(
        'Als er patiënten aan de balie staan, kan ik niet weg. En de printer staat ver weg.',
        'When patients are waiting at the desk, I cannot leave. And the printer is far away.',
      ),
      'O-soc': neutral(
        'Soms neemt een collega mijn prints mee. Verder praten we er niet over.',
        'Sometimes a colleague brings my prints along. Other than that we do not talk about it.',
      ),
      'M-ref': enabler(
        'Ik wil niet dat een patiënt de brief van een ander ziet. Dat vind ik echt belangrijk.',
        'I do not want a patient to see someone else’s letter. I really care about that.',
      ),
      'M-aut': neutral('Meestal haal ik ze op als ik toch die kant op loop.', 'Usually I collect them when I happen to walk that way.'),
    },
  },
  {
    key: 'vvt-whatsapp',
    sector: 'vvt',
    name: 'Marieke',
    role: t('Verzorgende IG in een verpleeghuis', 'Certified care assistant in a nursing home'),
    situation: t(
      'Marieke deelt foto’s van een wond en nieuws over cliënten in de WhatsApp-groep van het team. Zo weet iedereen snel wat er speelt.',
      'Marieke shares photos of a wound and news about clients in the team’s WhatsApp group. That way everyone knows quickly what is going on.',
    ),
    behaviour: t(
      'informatie over cliënten alleen delen via de beveiligde app van het ECD',
      'share information about clients only through the secure app of the client record',
    ),
    briefing: t(
      'Je bent Marieke, verzorgende IG in een verpleeghuis. Je werkt op een afdeling met twintig cliënten. Je team heeft een WhatsApp-groep. Daarin deel je foto’s van wonden en nieuws over cliënten. Je vindt dat handig en snel.',
      'You are Marieke, a certified care assistant in a nursing home. You work on a unit with twenty clients. Your team has a WhatsApp group. In it you share photos of wounds and news about clients. You find that handy and quick.',
    ),
    factors: {
      'C-psy': neutral(
        'Ik weet dat WhatsApp eigenlijk niet mag. Maar waarom precies, weet ik niet.',
        'I know WhatsApp is not really allowed. But I do not know exactly why.',
      ),
      'C-phy': neutral('Foto’s maken en versturen gaat me makkelijk af.', 'Taking and sending photos is easy for me.'),
      'O-phy': barrier(
        'De app van het ECD staat niet op mijn telefoon. Op de afdeling is één tablet, en die is vaak leeg.',
        'The client record app is not on my phone. The unit has one tablet, and its battery is often flat.',
      ),
      'O-soc': barrier(
        'Het hele team zit in de groep, de teamleider ook. Iedereen doet het zo.',
        'The whole team is in the group, the team leader too. Everyone does it this way.',
      ),
      'M-ref': enabler(
        'Als ik erover nadenk, wil ik dit zelf ook niet. Stel dat het over mijn moeder gaat.',
        'When I think about it, I would not want this myself. Imagine it was about my mother.',
      ),
      'M-aut': neutral('Bij een foto van een wond voel ik me soms wel ongemakkelijk.', 'With a photo of a wound I do sometimes feel uneasy.'),
    },
  },
  {
    key: 'vvt-report-breach',
    sector: 'vvt',
    name: 'Fatima',
    role: t('Wijkverpleegkundige in de thuiszorg', 'District nurse in home care'),
    situation: t(
      'Fatima mailde vorige maand het zorgplan van een cliënt naar het verkeerde familielid. Ze vroeg hem de mail te wissen. Ze heeft het niet gemeld.',
      'Last month Fatima e-mailed a client’s care plan to the wrong relative. She asked him to delete the e-mail. She did not report it.',
    ),
    behaviour: t('een (mogelijk) datalek meteen melden bij het privacyloket', 'report a (possible) data breach to the privacy desk straight away'),
    briefing: t(
      'Je bent Fatima, wijkverpleegkundige in de thuiszorg. Vorige maand mailde je een zorgplan naar het verkeerde familielid. Je hebt hem gebeld en gevraagd de mail te wissen. Dat deed hij. Je hebt het aan niemand verteld.',
      'You are Fatima, a district nurse in home care. Last month you e-mailed a care plan to the wrong relative. You called him and asked him to delete the e-mail. He did. You have told nobody.',
    ),
    factors: {
      'C-psy': barrier(
        'Ik dacht dat het geen datalek was. Hij is toch familie? Ik weet ook niet waar ik zoiets meld.',
        'I thought it was not a data breach. He is family, after all? I also do not know where to report such a thing.',
      ),
      'C-phy': neutral('Een formulier invullen is voor mij geen probleem.', 'Filling in a form is no problem for me.'),
      'O-phy': neutral(
        'Ik heb een laptop en wat tijd tussen twee cliënten. Daar ligt het niet aan.',
        'I have a laptop and some time between two clients. That is not the issue.',
      ),
      'O-soc': enabler('Mijn teamleider is aardig. Ze zegt vaak dat fouten maken mag.', 'My team leader is kind. She often says making mistakes is allowed.'),
      'M-ref': enabler('Als melden de cliënt beschermt, wil ik dat zeker doen.', 'If reporting protects the client, I certainly want to do it.'),
      'M-aut': barrier('Ik schaamde me. Ik was bang dat ik in de problemen zou komen.', 'I felt ashamed. I was afraid I would get into trouble.'),
    },
  },
  {
    key: 'ggz-private-email',
    sector: 'ggz',
    name: 'Thomas',
    role: t('Psycholoog in een ggz-instelling', 'Psychologist at a mental-health care organisation'),
    situation: t(
      'Thomas mailt verslagen naar zijn privémail. Zo kan hij ze ’s avonds thuis afmaken.',
      'Thomas e-mails reports to his private address. That way he can finish them at home in the evening.',
    ),
    behaviour: t('thuis alleen werken via de beveiligde werkplek', 'work from home only through the secure remote workplace'),
    briefing: t(
      'Je bent Thomas, psycholoog in een ggz-instelling. Overdag zie je veel patiënten. De verslagen schrijf je ’s avonds thuis. Daarvoor mail je de bestanden naar je privémail. Je vindt dat je zo je werk op tijd af krijgt.',
      'You are Thomas, a psychologist at a mental-health care organisation. During the day you see many patients. You write the reports at home in the evening. For that you e-mail the files to your private address. You feel this is how you get your work done on time.',
    ),
    factors: {
      'C-psy': enabler('Ik weet dat privémail niet mag. Dat staat in de regels.', 'I know private e-mail is not allowed. It is in the rules.'),
      'C-phy': neutral('Daar speelt niets. Ik werk gewoon op mijn laptop.', 'Nothing there. I just work on my laptop.'),
      'O-phy': barrier(
        'Thuis werkt de beveiligde werkplek bijna nooit. En overdag heb ik geen tijd voor verslagen.',
        'At home the secure workplace hardly ever works. And during the day I have no time for reports.',
      ),
      'O-soc': neutral('Ik weet niet hoe collega’s dit doen. We praten er niet over.', 'I do not know how colleagues handle this. We do not talk about it.'),
      'M-ref': barrier(
        'Mijn privémail heeft een goed wachtwoord. Alleen ik lees het, dus wat kan er misgaan?',
        'My private e-mail has a strong password. Only I read it, so what could go wrong?',
      ),
      'M-aut': neutral('Het is geen gewoonte. Ik kies er elke keer bewust voor.', 'It is not a habit. I choose it deliberately every time.'),
    },
  },
  {
    key: 'ggz-secure-mail',
    sector: 'ggz',
    name: 'Lisa',
    role: t('Secretaresse van een ambulant team in de ggz', 'Secretary of a community mental-health team'),
    situation: t(
      'Lisa stuurt brieven over patiënten naar de huisarts. Ze doet dat met gewone e-mail, niet met ZorgMail.',
      'Lisa sends letters about patients to the GP. She does that by ordinary e-mail, not through ZorgMail.',
    ),
    behaviour: t('brieven aan de huisarts versturen via ZorgMail', 'send letters to the GP through ZorgMail'),
    briefing: t(
      'Je bent Lisa, secretaresse van een ambulant team in de ggz. Je verstuurt elke dag brieven naar huisartsen. Je gebruikt daarvoor gewone e-mail. ZorgMail staat wel op je computer, maar je gebruikt het bijna nooit.',
      'You are Lisa, secretary of a community mental-health team. Every day you send letters to GPs. You use ordinary e-mail for that. ZorgMail is on your computer, but you hardly ever use it.',
    ),
    factors: {
      'C-psy': barrier(
        'Ik weet niet hoe ik een huisarts vind die niet in het adresboek staat. Ik heb ZorgMail nooit goed geleerd.',
        'I do not know how to find a GP who is not in the address book. I never properly learnt ZorgMail.',
      ),
      'C-phy': neutral('Typen en klikken gaat prima.', 'Typing and clicking are fine.'),
      'O-phy': neutral('ZorgMail staat op mijn computer. Het werkt, als je weet hoe.', 'ZorgMail is on my computer. It works, if you know how.'),
      'O-soc': barrier('De psychiater zegt vaak: mail het even snel. Dan doe ik dat.', 'The psychiatrist often says: just e-mail it quickly. So I do.'),
      'M-ref': enabler('Ik snap dat een brief over een patiënt beveiligd moet.', 'I understand that a letter about a patient must be secure.'),
      'M-aut': neutral('Ik denk er niet zoveel over na. Ik doe wat er gevraagd wordt.', 'I do not think about it much. I do what I am asked.'),
    },
  },
  {
    key: 'disability-shared-login',
    sector: 'disability',
    name: 'Kees',
    role: t('Persoonlijk begeleider in een woonvoorziening', 'Personal support worker in a residential home'),
    situation: t(
      'Kees schrijft ’s avonds rapportages onder het account van een collega. Die is al ingelogd op de computer van de groep.',
      'In the evening Kees writes notes under a colleague’s account. That colleague is already logged in on the group’s computer.',
    ),
    behaviour: t('altijd met je eigen account inloggen op het ECD', 'always log in to the client record with your own account'),
    briefing: t(
      'Je bent Kees, persoonlijk begeleider in een woonvoorziening voor mensen met een verstandelijke beperking. Je bent 58 jaar. Inloggen gaat met een code op je telefoon. ’s Avonds werk je vaak verder op het account van je collega.',
      'You are Kees, a personal support worker in a residential home for people with an intellectual disability. You are 58. Logging in takes a code on your phone. In the evening you often carry on in your colleague’s account.',
    ),
    factors: {
      'C-psy': enabler(
        'Ik weet dat iedereen zijn eigen account moet gebruiken. Dan zie je wie wat heeft gedaan.',
        'I know everyone must use their own account. Then you can see who did what.',
      ),
      'C-phy': barrier(
        'De code op mijn telefoon is heel klein. Zonder leesbril kan ik hem niet lezen.',
        'The code on my phone is very small. Without my reading glasses I cannot read it.',
      ),
      'O-phy': neutral('Er is één computer op de groep. Dat is meestal genoeg.', 'There is one computer in the unit. That is usually enough.'),
      'O-soc': neutral(
        '’s Avonds werken we met z’n tweeën. Mijn collega vindt het niet erg.',
        'In the evening there are two of us. My colleague does not mind.',
      ),
      'M-ref': enabler(
        'Als er iets misgaat, wil ik kunnen laten zien wat ik zelf heb geschreven.',
        'If something goes wrong, I want to be able to show what I wrote myself.',
      ),
      'M-aut': barrier(
        '’s Avonds staat de computer al aan. Dan ga ik gewoon verder, zonder erbij na te denken.',
        'In the evening the computer is already on. I just carry on without thinking about it.',
      ),
    },
  },
  {
    key: 'disability-clean-desk',
    sector: 'disability',
    name: 'Yvonne',
    role: t('Gedragsdeskundige in de gehandicaptenzorg', 'Behavioural specialist in disability care'),
    situation: t(
      'Yvonne laat mappen met cliëntgegevens op haar bureau liggen. Ze werkt in een kantoor waar soms cliënten en bezoekers binnenkomen.',
      'Yvonne leaves folders with client data on her desk. She works in an office where clients and visitors sometimes come in.',
    ),
    behaviour: t('papieren met cliëntgegevens opbergen in een kast die op slot kan', 'put papers with client data away in a cupboard that locks'),
    briefing: t(
      'Je bent Yvonne, gedragsdeskundige in de gehandicaptenzorg. Je werkt op verschillende locaties. Je hebt geen vaste werkplek. Je mappen met verslagen laat je vaak op het bureau liggen als je naar een overleg gaat.',
      'You are Yvonne, a behavioural specialist in disability care. You work at several locations. You have no desk of your own. You often leave your folders of reports on the desk when you go to a meeting.',
    ),
    factors: {
      'C-psy': enabler('Ik ken de regel van een leeg bureau. Die hebben we vorig jaar besproken.', 'I know the clear-desk rule. We discussed it last year.'),
      'C-phy': neutral('Dat speelt niet. Opruimen kan ik prima.', 'That is not an issue. I can tidy up fine.'),
      'O-phy': barrier(
        'Er is geen kast die op slot kan. En mijn tas is te klein voor al die mappen.',
        'There is no cupboard that locks. And my bag is too small for all those folders.',
      ),
      'O-soc': neutral('Collega’s laten ook weleens iets liggen. Niemand zegt er iets van.', 'Colleagues leave things lying around too. Nobody says anything.'),
      'M-ref': enabler(
        'Ik schrik als ik bedenk dat een cliënt het verslag van een ander ziet liggen.',
        'It scares me to think a client might see someone else’s report lying there.',
      ),
      'M-aut': neutral('Als er een kast was, zou ik het vanzelf doen.', 'If there were a cupboard, I would do it without thinking.'),
    },
  },
  {
    key: 'forensic-team-post',
    sector: 'forensic',
    name: 'Mark',
    role: t('Sociotherapeut in een forensische kliniek', 'Sociotherapist in a forensic clinic'),
    situation: t(
      'Op de teampost blijft het EPD open op het scherm. Patiënten staan soms bij het raam van de teampost.',
      'At the team post the EHR stays open on the screen. Patients sometimes stand at the window of the team post.',
    ),
    behaviour: t('het scherm op de teampost vergrendelen als je wegloopt', 'lock the screen at the team post when you walk away'),
    briefing: t(
      'Je bent Mark, sociotherapeut in een forensische kliniek. Je werkt op een afdeling met twaalf patiënten. Op de teampost staat een computer met het EPD. Als je de afdeling op loopt, laat je het scherm open.',
      'You are Mark, a sociotherapist in a forensic clinic. You work on a ward with twelve patients. At the team post there is a computer with the EHR. When you go out onto the ward, you leave the screen open.',
    ),
    factors: {
      'C-psy': enabler('Ik weet hoe het moet. Het is één toets.', 'I know how to do it. It is one key.'),
      'C-phy': neutral('Daar is niets lastigs aan.', 'There is nothing hard about it.'),
      'O-phy': neutral('Opnieuw inloggen gaat snel met mijn pasje.', 'Logging in again is quick with my badge.'),
      'O-soc': barrier(
        'Op de teampost zit bijna altijd een collega. Vergrendelen voelt alsof je je collega’s niet vertrouwt.',
        'There is nearly always a colleague at the team post. Locking feels as if you do not trust your colleagues.',
      ),
      'M-ref': barrier(
        'Vanaf het raam kan een patiënt het scherm toch niet lezen? Dat denk ik tenminste.',
        'A patient cannot read the screen from the window, can they? At least, I think so.',
      ),
      'M-aut': neutral('Ik doe het soms wel, soms niet. Het hangt van de dag af.', 'Sometimes I do, sometimes I do not. It depends on the day.'),
    },
  },
  {
    key: 'forensic-usb-stick',
    sector: 'forensic',
    name: 'Nadia',
    role: t('Psycholoog in een forensische polikliniek', 'Psychologist at a forensic outpatient clinic'),
    situation: t(
      'Nadia neemt rapporten mee naar huis op haar eigen usb-stick. Die heeft geen wachtwoord.',
      'Nadia takes reports home on her own USB stick. It has no password.',
    ),
    behaviour: t('alleen de beveiligde usb-stick van de organisatie gebruiken', 'use only the organisation’s encrypted USB stick'),
    briefing: t(
      'Je bent Nadia, psycholoog in een forensische polikliniek. Je schrijft rapporten voor de rechtbank. Soms werk je thuis verder. Je zet de rapporten dan op je eigen usb-stick. Die heeft geen wachtwoord.',
      'You are Nadia, a psychologist at a forensic outpatient clinic. You write reports for the court. Sometimes you carry on working at home. You then put the reports on your own USB stick. It has no password.',
    ),
    factors: {
      'C-psy': enabler(
        'Ik weet dat een gewone usb-stick niet veilig is. Als je hem verliest, kan iedereen erin kijken.',
        'I know an ordinary USB stick is not safe. If you lose it, anyone can look at it.',
      ),
      'C-phy': neutral('Dat speelt bij mij niet.', 'That plays no part for me.'),
      'O-phy': barrier(
        'Ik heb twee maanden geleden een beveiligde usb-stick aangevraagd. Ik heb hem nog steeds niet.',
        'I asked for an encrypted USB stick two months ago. I still do not have it.',
      ),
      'O-soc': neutral(
        'Mijn collega’s werken vooral op kantoor. Met hen heb ik het er nooit over gehad.',
        'My colleagues mostly work at the office. I have never talked about it with them.',
      ),
      'M-ref': enabler(
        'De rapporten gaan over gevoelige zaken. Ik wil echt niet dat die op straat komen te liggen.',
        'The reports are about sensitive matters. I really do not want them to end up in the wrong hands.',
      ),
      'M-aut': neutral('Ik let goed op mijn tas. Ik ben nog nooit iets kwijtgeraakt.', 'I keep a close eye on my bag. I have never lost anything.'),
    },
  },
];
