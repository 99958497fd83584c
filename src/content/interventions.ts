import type { CombFactor } from '#core/comb.js';
import type { InterventionFunction } from '#core/interventions/functions.js';
import type { Effort, TargetBehaviourTag } from '#core/interventions/library.js';
import type { LocalizedText } from '#core/locale.js';

/**
 * A library of interventions for information-secure behaviour in care, written by us. Each one is
 * tagged with the intervention functions it serves, the COM-B factors it can address (always in
 * line with the BCW matrix), the target behaviours it fits, a rough effort and the BCT Taxonomy v1
 * techniques it uses. Dutch texts are plain language (B1, "je"). {patiënt} and {patient} stand for
 * the person receiving the organisation's care: src/core/sector.ts fills in the sector's word.
 */
export { EFFORTS, TARGET_BEHAVIOURS, type Effort, type TargetBehaviourTag } from '#core/interventions/library.js';

export interface LibraryIntervention {
  /** kebab-case, stable: plans refer to it. */
  id: string;
  title: LocalizedText;
  /** What it is, 1–2 sentences. */
  description: LocalizedText;
  /** How a care organisation could do it, concrete, 1–3 sentences. */
  example: LocalizedText;
  /** 1–3 intervention functions. */
  functions: InterventionFunction[];
  /** 1–3 factors; each addressable by at least one of the functions per BCW_MATRIX. */
  factors: CombFactor[];
  /** 1–4 target behaviours. */
  fits: TargetBehaviourTag[];
  effort: Effort;
  /** 1–3 BCT Taxonomy v1 ids, e.g. "2.2". */
  bcts: string[];
}

/** Dutch first, then English. */
const t = (nl: string, en: string): LocalizedText => ({ nl, en });

/**
 * Second reading of all 52 interventions' tags, 2026-12-06: functions against the BCW's definitions
 * (Michie, Atkins & West 2014), techniques against BCT Taxonomy v1 (Michie et al. 2013) and the
 * guide's table 3.3 (`FREQUENT_BCTS`; tests/unit/content-interventions.test.ts checks that each
 * technique listed there serves one of the intervention's functions). 39 kept; changed:
 * - team-huddle-respected-colleague: + persuasion. A trusted colleague's own story is a credible
 *   source (9.1), a persuasion technique.
 * - prefilled-breach-report-form: techniques 4.1 → 7.1, 5.3. Nothing is taught or practised; the link
 *   on every desktop is a prompt (7.1), and "what happens next" tells the consequences of reporting (5.3).
 * - privacy-champion-per-team: technique 9.1 → 3.2. The champion helps in practice when in doubt
 *   (social support, practical); a credible source would make it persuasion.
 * - send-securely-pocket-card: enablement → training. The card teaches the steps (instruction, 4.1, a
 *   training technique); it adds no means.
 * - lost-device-card, social-media-guide-examples: + training. Their steps and do's and don'ts are
 *   instruction on how to act (4.1).
 * - password-manager: technique 4.1 → 3.2. The service desk helps store the first passwords
 *   (practical support); the tool itself is the enablement.
 * - usb-restriction, role-based-record-access: + environmental restructuring. The rule is enforced by
 *   changing the systems (12.1); BCTTv1 has no technique for restriction itself.
 * - emergency-access-reason-picklist: + environmental restructuring. The pick list prompts the reason
 *   at the moment (7.1) in a restructured record (12.1).
 * - manager-asks-in-one-on-one: modelling → environmental restructuring, enablement (persuasion kept);
 *   techniques 7.1, 3.2, 6.3. The fixed question on the conversation card is a prompt at a set moment
 *   (7.1, which table 3.3 lists under environmental restructuring), the manager fills in the form with
 *   you (practical social support, 3.2) and shows that reporting is welcome (6.3); nobody demonstrates
 *   the behaviour, and no action plan (1.4) is made. A first version of this reading had 3.1 (social
 *   support, unspecified) where the card's prompt is the more exact technique.
 * - reporter-recognition-no-blame: + technique 5.3. Telling what improved thanks to reports (social
 *   consequences) is its persuasion.
 * - team-commitment: persuasion → enablement, factors M-ref → C-psy, O-soc, technique 1.4 → 1.1.
 *   Choosing one agreement is goal setting (behaviour, 1.1), said aloud (commitment, 1.9) and reviewed
 *   after a month (1.5): goals and planning, which table 3.3 lists under enablement (1.1, 1.5). Its
 *   factors are those enablement addresses: regulating one's own behaviour (C-psy; TDF behavioural
 *   regulation) and what is normal in the team (O-soc). A later review asked for M-ref back, since
 *   goal setting and commitment work through the TDF domains goals and intentions (reflective
 *   motivation), which it reads the BCW's TDF matrix as linking to enablement. Not done: the library
 *   links factors through the COM-B matrix only, whose M-ref row has no enablement, and Wegwijs
 *   carries no TDF domain goals or intentions (src/core/comb.ts) to link it through.
 */
export const INTERVENTION_LIBRARY: readonly LibraryIntervention[] = [
  // ——— The eight from the method's examples and the issue ———
  {
    id: 'emergency-access-feedback-infographic',
    title: t('Infographic over de noodknop', 'Infographic on emergency access use'),
    description: t(
      'Je laat elk kwartaal zien hoe vaak de noodknop in het dossier is gebruikt zonder reden erbij. Zo zien medewerkers dat het ertoe doet en dat het opvalt.',
      'Every quarter you show how often the emergency access ("break the glass") in the {patient} record was used without a justification. Staff see that it matters and that it is noticed.',
    ),
    example: t(
      'De privacy officer maakt elk kwartaal één pagina met de aantallen per afdeling en een korte uitleg waarom de reden nodig is. De teamleider bespreekt die in het teamoverleg.',
      'The privacy officer makes a one-page infographic each quarter with the numbers per department and a short note on why the justification is needed. Team leaders discuss it in the team meeting.',
    ),
    functions: ['education'],
    factors: ['M-ref'],
    fits: ['emergency-access', 'record-access'],
    effort: 'low',
    bcts: ['2.2', '5.3'],
  },
  {
    id: 'phishing-practice-app',
    title: t('Oefenen met phishing in een app', 'Phishing practice app or e-learning'),
    description: t(
      'Een korte e-learning of app waarin je oefent met echte voorbeelden van phishingmail. Je krijgt meteen uitleg of je goed zat.',
      'A short e-learning or app in which staff practise spotting phishing with realistic examples, with instant feedback on each answer.',
    ),
    example: t(
      'Elke maand krijgen medewerkers vijf voorbeeldmails op hun werktelefoon en kiezen ze "veilig" of "phishing". Het kost twee minuten en past in een pauze.',
      'Each month staff get five sample e-mails on their work phone and choose "safe" or "phishing". It takes two minutes and fits in a break.',
    ),
    functions: ['training'],
    factors: ['C-psy', 'M-aut'],
    fits: ['phishing-reporting'],
    effort: 'medium',
    bcts: ['8.1', '2.2', '4.1'],
  },
  {
    id: 'phishing-report-button',
    title: t('Meldknop in het mailprogramma', 'Report button in the mail client'),
    description: t(
      'Een duidelijke knop in het mailprogramma om een verdachte mail met één klik te melden. Je hoeft niet te zoeken naar wie je moet mailen.',
      'A clearly visible button in the mail client to report a suspicious e-mail with one click, so nobody has to look up where to send it.',
    ),
    example: t(
      'ICT zet de knop "Verdacht? Meld het" bovenaan in de mail, voor iedereen. De melding gaat direct naar het securityteam en de mail verdwijnt uit je inbox.',
      'IT adds a "Suspicious? Report it" button at the top of every mail window. The report goes straight to the security team and the mail leaves your inbox.',
    ),
    functions: ['environmentalRestructuring', 'enablement'],
    factors: ['O-phy', 'C-psy'],
    fits: ['phishing-reporting'],
    effort: 'low',
    bcts: ['12.5', '7.1'],
  },
  {
    id: 'tap-badge-login-auto-lock',
    title: t('Inloggen met je pas en automatisch vergrendelen', 'Tap-badge login with automatic screen lock'),
    description: t(
      'Je logt in en uit door je personeelspas tegen een lezer te houden, en het scherm gaat vanzelf op slot als je wegloopt. Veilig werken kost dan geen extra tijd.',
      'Staff log in and out by tapping their badge on a reader, and the screen locks by itself when they walk away. Working safely then costs no extra time.',
    ),
    example: t(
      'Op de verpleegpost en de werkplekken op de gang komt een paslezer. Eén tik met je pas zet je sessie op slot, en met een tik ben je weer terug op dezelfde plek.',
      "Badge readers are fitted at the nurses' station and the corridor workstations. One tap locks your session and another tap brings you back to where you were.",
    ),
    functions: ['environmentalRestructuring', 'enablement'],
    factors: ['O-phy', 'M-aut'],
    fits: ['screen-locking', 'passwords'],
    effort: 'high',
    bcts: ['12.1', '12.5'],
  },
  {
    id: 'team-huddle-respected-colleague',
    title: t('Teamhuddle met een gewaardeerde collega', 'Team huddle example by a respected colleague'),
    description: t(
      'Een collega die het team vertrouwt, vertelt in de dagstart kort hoe zij het zelf doet. Zo wordt veilig werken gewoon "hoe wij het hier doen".',
      'A colleague the team trusts tells in the daily huddle how she does it herself. Safe behaviour becomes "how we do it here".',
    ),
    example: t(
      'Een ervaren verpleegkundige vertelt in de huddle hoe ze laatst een mail aan de verkeerde huisarts meteen meldde, en wat er daarna gebeurde. Het duurt drie minuten.',
      'An experienced nurse tells in the huddle how she recently reported an e-mail sent to the wrong GP straight away, and what happened next. It takes three minutes.',
    ),
    functions: ['modelling', 'persuasion'],
    factors: ['O-soc', 'M-aut'],
    fits: ['general', 'breach-reporting'],
    effort: 'low',
    bcts: ['6.1', '9.1'],
  },
  {
    id: 'prefilled-breach-report-form',
    title: t('Datalek melden met een ingevuld formulier', 'Pre-filled breach report form'),
    description: t(
      'Een kort meldformulier dat je vanaf elke werkplek opent, met je naam en afdeling al ingevuld en voorbeelden van wat een datalek is. Melden kost zo maar een paar minuten.',
      'A short report form reachable from every workstation, with name and department already filled in and examples of what counts as a breach. Reporting takes only a few minutes.',
    ),
    example: t(
      'Op het intranet en op elk bureaublad staat "Datalek melden". Het formulier stelt vijf vragen met keuzes, zoals "mail naar verkeerde ontvanger", en laat zien wat er daarna gebeurt.',
      'A "Report a data breach" link sits on the intranet and every desktop. The form asks five multiple-choice questions, such as "e-mail to wrong recipient", and explains what happens next.',
    ),
    functions: ['enablement', 'education'],
    factors: ['C-psy', 'O-phy'],
    fits: ['breach-reporting'],
    effort: 'medium',
    bcts: ['12.5', '7.1', '5.3'],
  },
  {
    id: 'external-recipient-check-prompt',
    title: t('Adrescheck bij externe ontvangers', 'Address check before sending to external recipients'),
    description: t(
      'Het mailprogramma vraagt je even te kijken als je mailt naar iemand buiten de organisatie. Zo stop je een gewoonte van "snel versturen" op het goede moment.',
      'The mail client asks you to check the address when you send to someone outside the organisation, interrupting the "quick send" habit at the right moment.',
    ),
    example: t(
      'Bij een extern adres verschijnt: "Je mailt naar buiten: klopt het adres? Bevat de mail {patiënt}gegevens? Verstuur dan beveiligd." Je klikt "Controleren" of "Versturen".',
      'For an external address a message appears: "You are sending outside: is the address right? Does it contain {patient} data? Then send securely." You click "Check" or "Send".',
    ),
    functions: ['environmentalRestructuring'],
    factors: ['M-aut', 'O-phy'],
    fits: ['email-recipient', 'secure-sharing'],
    effort: 'medium',
    bcts: ['7.1', '12.1'],
  },
  {
    id: 'privacy-champion-per-team',
    title: t('Privacy-aandachtsvelder per team', 'Privacy champion per team'),
    description: t(
      'In elk team is één collega het aanspreekpunt voor privacyvragen. Die collega doet het goede voor, helpt bij twijfel en brengt signalen naar de privacy officer.',
      'Each team has one colleague as the go-to person for privacy questions, who sets the example, helps when in doubt and passes signals on to the privacy officer.',
    ),
    example: t(
      'Elke afdeling kiest een aandachtsvelder die vier uur per maand krijgt. De aandachtsvelders komen elk kwartaal samen en nemen korte tips mee terug naar hun team.',
      'Each ward chooses a champion who gets four hours a month for it. Champions meet every quarter and take short tips back to their team.',
    ),
    functions: ['modelling', 'enablement'],
    factors: ['O-soc', 'C-psy'],
    fits: ['general', 'breach-reporting'],
    effort: 'medium',
    bcts: ['3.1', '3.2', '6.1'],
  },

  // ——— Secure sharing, mail and devices ———
  {
    id: 'secure-chat-app-work-phones',
    title: t('Beveiligde chatapp op werktelefoons', 'Secure chat app on work phones'),
    description: t(
      'Je geeft medewerkers een beveiligde chatapp op een werktelefoon, zodat ze geen gewone chatapps op hun eigen telefoon nodig hebben voor {patiënt}informatie.',
      'Staff get a secure chat app on a work phone, so they no longer need ordinary chat apps on their own phones for {patient} information.',
    ),
    example: t(
      "Elke dienst heeft genoeg werktelefoons met de beveiligde app erop, met groepen per afdeling al klaar. Foto's van wonden gaan via de app direct naar het dossier.",
      'Every shift has enough work phones with the secure app installed and ward groups ready. Wound photos go through the app straight into the record.',
    ),
    functions: ['enablement', 'environmentalRestructuring'],
    factors: ['O-phy', 'O-soc'],
    fits: ['secure-sharing', 'mobile-devices'],
    effort: 'high',
    bcts: ['12.5', '12.1'],
  },
  {
    id: 'send-securely-pocket-card',
    title: t('Kaartje "zo verstuur je beveiligd"', '"How to send securely" pocket card'),
    description: t(
      'Een klein kaartje of scherm-tip die in drie stappen laat zien waar de knop "beveiligd versturen" zit en wanneer je die gebruikt.',
      'A small card or on-screen tip that shows in three steps where the "send securely" button is and when to use it.',
    ),
    example: t(
      "Bij elke werkplek ligt een kaartje met schermafbeeldingen van de knop. Nieuwe collega's krijgen het in hun welkomstmap.",
      'A card with screenshots of the button lies at every workstation. New colleagues find it in their welcome pack.',
    ),
    functions: ['education', 'training'],
    factors: ['C-psy'],
    fits: ['secure-sharing', 'email-recipient'],
    effort: 'low',
    bcts: ['4.1', '7.1'],
  },
  {
    id: 'default-attachment-encryption',
    title: t('Bijlagen standaard versleuteld', 'Default encryption for attachments'),
    description: t(
      'Het mailprogramma versleutelt bijlagen naar buiten vanzelf. De veilige keuze is de standaard, dus je hoeft er niet aan te denken.',
      'The mail client encrypts attachments sent outside by default. The safe choice is the default, so nobody has to remember it.',
    ),
    example: t(
      'ICT stelt in dat elke mail met een bijlage naar een extern adres beveiligd wordt verstuurd. Alleen met een reden kun je dat uitzetten.',
      'IT sets every e-mail with an attachment to an external address to be sent securely. You can only turn that off by giving a reason.',
    ),
    functions: ['environmentalRestructuring', 'restriction'],
    factors: ['O-phy', 'M-aut'],
    fits: ['secure-sharing', 'email-recipient'],
    effort: 'high',
    bcts: ['12.1'],
  },
  {
    id: 'delayed-send',
    title: t('Even wachten met versturen', 'Delayed send'),
    description: t(
      'Een mail gaat pas na een halve minuut echt weg, zodat je nog kunt terughalen als je je vergist in het adres.',
      'An e-mail only really leaves after half a minute, so you can still pull it back if you notice a wrong address.',
    ),
    example: t(
      'ICT zet "verzenden ongedaan maken" standaard aan op 30 seconden. In het teamoverleg laat de aandachtsvelder zien hoe het werkt.',
      'IT turns "undo send" on by default for 30 seconds. The privacy champion shows how it works in the team meeting.',
    ),
    functions: ['environmentalRestructuring', 'enablement'],
    factors: ['M-aut', 'O-phy'],
    fits: ['email-recipient'],
    effort: 'low',
    bcts: ['12.1'],
  },
  {
    id: 'no-autocomplete-external',
    title: t('Geen automatisch aanvullen van externe adressen', 'No autocomplete for external addresses'),
    description: t(
      'Het mailprogramma vult externe adressen niet meer vanzelf aan. Zo klik je minder snel per ongeluk de verkeerde naam aan.',
      'The mail client no longer autocompletes external addresses, so staff are less likely to pick the wrong name by accident.',
    ),
    example: t(
      'ICT schakelt de lijst met eerder gebruikte externe adressen uit. Vaste externe partners, zoals het laboratorium, staan in een gecontroleerd adresboek.',
      'IT turns off the list of previously used external addresses. Regular partners, such as the laboratory, are in a checked address book.',
    ),
    functions: ['restriction', 'environmentalRestructuring'],
    factors: ['O-phy', 'M-aut'],
    fits: ['email-recipient'],
    effort: 'low',
    bcts: ['12.3', '12.1'],
  },
  {
    id: 'usb-restriction',
    title: t('Usb-sticks beperken', 'Restricting USB sticks'),
    description: t(
      'Computers accepteren alleen versleutelde usb-sticks van de organisatie. Andere sticks werken niet, en je krijgt uitleg hoe je bestanden wel veilig deelt.',
      "Computers only accept the organisation's encrypted USB sticks. Other sticks do not work, and staff are shown how to share files safely instead.",
    ),
    example: t(
      'Wie een gewone stick insteekt, ziet een melding met een link naar de beveiligde deelmap. Voor uitzonderingen is een versleutelde stick te leen bij de servicedesk.',
      'Anyone plugging in an ordinary stick sees a message with a link to the secure shared folder. For exceptions the service desk lends an encrypted stick.',
    ),
    functions: ['restriction', 'environmentalRestructuring'],
    factors: ['O-phy'],
    fits: ['secure-sharing', 'mobile-devices'],
    effort: 'medium',
    bcts: ['12.1'],
  },
  {
    id: 'mobile-device-management',
    title: t('Beheer van mobiele apparaten', 'Mobile device management'),
    description: t(
      'Werktelefoons en tablets worden centraal beheerd: ze hebben een pincode, zijn versleuteld en kunnen op afstand worden gewist als ze kwijt zijn.',
      'Work phones and tablets are managed centrally: they have a PIN, are encrypted and can be wiped remotely when lost.',
    ),
    example: t(
      'Een tablet voor de wijkverpleging werkt pas na het instellen van een pincode. Is hij kwijt, dan bel je de servicedesk en die wist hem binnen een uur.',
      'A district-nursing tablet only works once a PIN has been set. If it goes missing, you call the service desk and it is wiped within an hour.',
    ),
    functions: ['restriction', 'enablement'],
    factors: ['O-phy'],
    fits: ['mobile-devices'],
    effort: 'high',
    bcts: ['12.1'],
  },
  {
    id: 'lost-device-card',
    title: t('Kaartje "telefoon kwijt, wat nu?"', '"Lost your phone? What now?" card'),
    description: t(
      'Een korte uitleg wat je moet doen als een werktelefoon, laptop of tablet kwijt is, en dat dit een mogelijk datalek is dat je meteen meldt.',
      'A short explanation of what to do when a work phone, laptop or tablet goes missing, and that this is a possible breach you report straight away.',
    ),
    example: t(
      'Op de achterkant van elke werktelefoon zit een sticker met het nummer van de servicedesk. Op het intranet staan drie stappen: bellen, melden, wachtwoord wijzigen.',
      'Every work phone has a sticker on the back with the service desk number. The intranet lists three steps: call, report, change your password.',
    ),
    functions: ['education', 'training'],
    factors: ['C-psy'],
    fits: ['mobile-devices', 'breach-reporting'],
    effort: 'low',
    bcts: ['4.1', '7.1'],
  },
  {
    id: 'hands-on-secure-app-session',
    title: t('Oefensessie met de nieuwe app', 'Hands-on session with the new secure app'),
    description: t(
      'Je oefent samen met een collega de handelingen in de beveiligde app of het deelportaal, tot je het zonder nadenken kunt, ook op een klein scherm.',
      'Staff practise the steps in the secure app or sharing portal with a colleague until they can do it without thinking, also on small screens.',
    ),
    example: t(
      'Bij de invoering van de chatapp staat een week lang een "oefenhoek" op de afdeling. Een collega helpt je een foto veilig te maken en te delen, op je eigen tempo.',
      'When the chat app is introduced, a "practice corner" stands on the ward for a week. A colleague helps you take and share a photo safely, at your own pace.',
    ),
    functions: ['training'],
    factors: ['C-phy', 'C-psy'],
    fits: ['secure-sharing', 'mobile-devices'],
    effort: 'medium',
    bcts: ['8.1', '6.1'],
  },

  // ——— Phishing ———
  {
    id: 'quarterly-phishing-simulation',
    title: t('Phishingsimulatie per kwartaal', 'Quarterly phishing simulation with instant feedback'),
    description: t(
      'Elk kwartaal krijg je een nagemaakte phishingmail. Klik je erop, dan zie je meteen waaraan je hem had kunnen herkennen. Meld je hem, dan krijg je een compliment.',
      'Each quarter staff receive a simulated phishing e-mail. Those who click see straight away how they could have spotted it; those who report it get a compliment.',
    ),
    example: t(
      'De simulatie lijkt op een echte mail over een roosterwijziging. Uitslagen gaan alleen per afdeling naar de teamleider, nooit per persoon.',
      'The simulation looks like a real e-mail about a rota change. Results go to team leaders per department only, never per person.',
    ),
    functions: ['training', 'education'],
    factors: ['C-psy', 'M-aut'],
    fits: ['phishing-reporting'],
    effort: 'medium',
    bcts: ['8.1', '2.2'],
  },
  {
    id: 'phishing-report-thank-you',
    title: t('Direct bedankt na een melding', 'Instant thank-you after reporting'),
    description: t(
      'Wie een verdachte mail meldt, krijgt meteen een korte, persoonlijke bedankmail met wat er met de melding gebeurt. Melden voelt zo als iets goeds.',
      'Anyone who reports a suspicious e-mail gets a short, personal thank-you right away, saying what happens with the report. Reporting feels like a good thing.',
    ),
    example: t(
      'Het securityteam stuurt binnen een uur: "Dank je! Dit was inderdaad phishing. Door jou konden we 40 collega\'s waarschuwen."',
      'Within an hour the security team replies: "Thank you! This was indeed phishing. Thanks to you we warned 40 colleagues."',
    ),
    functions: ['incentivisation'],
    factors: ['M-aut', 'M-ref'],
    fits: ['phishing-reporting'],
    effort: 'low',
    bcts: ['10.4', '2.2'],
  },
  {
    id: 'team-reporting-scoreboard',
    title: t('Teamscore voor meldingen', 'Team score for reports'),
    description: t(
      'Een eenvoudig overzicht van hoeveel verdachte mails elk team meldt, met een kleine beloning voor het team dat het meest verbetert.',
      'A simple overview of how many suspicious e-mails each team reports, with a small reward for the team that improves most.',
    ),
    example: t(
      'Op het intranet staat per kwartaal de "meldtop 5". Het team dat het meest vooruitgaat, krijgt taart en wordt genoemd in de nieuwsbrief.',
      'The intranet shows a quarterly "top 5 reporters" by team. The most improved team gets a cake and a mention in the newsletter.',
    ),
    functions: ['incentivisation'],
    factors: ['M-aut', 'M-ref'],
    fits: ['phishing-reporting', 'breach-reporting'],
    effort: 'medium',
    bcts: ['10.4', '6.2', '14.4'],
  },

  // ——— Screens, passwords, login ———
  {
    id: 'privacy-screen-filters',
    title: t('Privacyfilters op schermen', 'Privacy screen filters'),
    description: t(
      'Een filter op het beeldscherm zorgt dat mensen die naast of achter je staan niet kunnen meelezen. Handig op plekken waar bezoekers of {patiënten} langskomen.',
      'A filter on the monitor stops people beside or behind you from reading along. Useful where visitors or {patients} pass by.',
    ),
    example: t(
      'De werkplekken bij de balie van de polikliniek en op de gang van de afdeling krijgen een privacyfilter. Laptops voor de wijk krijgen er ook een.',
      'The workstations at the outpatient reception desk and in the ward corridor get a privacy filter, and so do the laptops for district care.',
    ),
    functions: ['environmentalRestructuring'],
    factors: ['O-phy'],
    fits: ['screen-locking', 'record-access', 'general'],
    effort: 'low',
    bcts: ['12.5'],
  },
  {
    id: 'screen-lock-habit-week',
    title: t('Week van het vergrendelen', 'Screen-lock habit week'),
    description: t(
      'Een week lang oefent het hele team om bij elke keer weglopen de sneltoets voor vergrendelen te gebruiken, tot het een gewoonte is.',
      'For a week the whole team practises using the lock shortcut every time they walk away, until it becomes a habit.',
    ),
    example: t(
      'Op elk toetsenbord zit een sticker met de sneltoets. Wie een open scherm ziet, zet er een vriendelijk kaartje "Vergeten? Geeft niks, volgende keer vergrendelen" bij.',
      'Each keyboard gets a sticker with the shortcut. Whoever sees an unlocked screen leaves a friendly card: "Forgot? No problem, lock it next time."',
    ),
    functions: ['training', 'environmentalRestructuring'],
    factors: ['M-aut', 'C-psy'],
    fits: ['screen-locking'],
    effort: 'low',
    bcts: ['8.3', '7.1'],
  },
  {
    id: 'manager-locks-visibly',
    title: t('Leidinggevende vergrendelt zichtbaar', 'Manager locks the screen visibly'),
    description: t(
      'Leidinggevenden en artsen vergrendelen hun scherm altijd zichtbaar en zeggen het hardop. Anderen zien zo dat het normaal is, ook bij drukte.',
      'Managers and doctors always lock their screen visibly and say so out loud. Others see that it is normal, even when it is busy.',
    ),
    example: t(
      'De teamleider en de afdelingsarts spreken af een maand lang bij het weglopen "even op slot" te zeggen. In het teamoverleg vragen ze hoe het bij anderen gaat.',
      'The team leader and the ward doctor agree to say "just locking it" every time they leave for a month, and ask in the team meeting how it goes for others.',
    ),
    functions: ['modelling'],
    factors: ['O-soc', 'M-aut'],
    fits: ['screen-locking'],
    effort: 'low',
    bcts: ['6.1', '13.1'],
  },
  {
    id: 'password-manager',
    title: t('Wachtwoordmanager voor iedereen', 'Password manager for everyone'),
    description: t(
      'Iedereen krijgt een wachtwoordmanager van de organisatie. Je hoeft dan maar één sterk wachtwoord te onthouden en schrijft geen wachtwoorden meer op.',
      "Everyone gets the organisation's password manager. You only remember one strong password and stop writing passwords down.",
    ),
    example: t(
      'De wachtwoordmanager staat op elke werkplek en werktelefoon. In een kwartier laat de servicedesk zien hoe je je eerste wachtwoorden erin zet.',
      'The password manager is installed on every workstation and work phone. In fifteen minutes the service desk shows how to store your first passwords.',
    ),
    functions: ['enablement'],
    factors: ['O-phy', 'C-psy'],
    fits: ['passwords'],
    effort: 'medium',
    bcts: ['12.5', '3.2'],
  },
  {
    id: 'mfa-readable-code',
    title: t('Tweestapsverificatie met goed leesbare code', 'MFA with a readable code'),
    description: t(
      'De code voor tweestapsverificatie staat in een grote letter op een app of token. Zo kan iedereen hem lezen, ook wie slecht ziet of weinig tijd heeft.',
      'The multi-factor code is shown in a large font in an app or on a token, so everyone can read it, including people with poor eyesight or little time.',
    ),
    example: t(
      'Medewerkers kiezen tussen een app met grote cijfers of een token met een groot scherm. Wie moeite heeft met kleine knopjes, kan ook inloggen met een tik van de pas.',
      'Staff choose between an app with large digits or a token with a large display. Those who struggle with small buttons can log in with a badge tap instead.',
    ),
    functions: ['enablement'],
    factors: ['C-phy', 'O-phy'],
    fits: ['passwords'],
    effort: 'medium',
    bcts: ['12.5', '12.1'],
  },
  {
    id: 'passphrase-workshop',
    title: t('Korte workshop wachtzinnen', 'Short passphrase workshop'),
    description: t(
      'In tien minuten leer en oefen je hoe je een lange wachtzin maakt die je makkelijk onthoudt en die moeilijk te raden is.',
      'In ten minutes staff learn and practise how to make a long passphrase that is easy to remember and hard to guess.',
    ),
    example: t(
      'De aandachtsvelder laat in het teamoverleg zien hoe je van "koffie om zeven uur op de afdeling" een wachtzin maakt. Iedereen maakt er zelf een, zonder die te delen.',
      'The privacy champion shows in the team meeting how "coffee at seven on the ward" becomes a passphrase. Everyone makes one for themselves without sharing it.',
    ),
    functions: ['training'],
    factors: ['C-psy'],
    fits: ['passwords'],
    effort: 'low',
    bcts: ['6.1', '8.1'],
  },
  {
    id: 'own-account-from-day-one',
    title: t('Eigen account vanaf de eerste dag', 'Own account from day one'),
    description: t(
      "Stagiairs, invallers en nieuwe collega's hebben op hun eerste werkdag een eigen account. Dan is er geen reden meer om op het account van een ander te werken.",
      "Trainees, temps and new colleagues have their own account on their first day, so there is no reason to work on someone else's account.",
    ),
    example: t(
      'HR geeft nieuwe mensen twee weken van tevoren door aan ICT. De teamleider spreekt met het team af dat niemand meer inlogt voor een ander.',
      'HR passes new staff to IT two weeks in advance. The team leader agrees with the team that nobody logs in for someone else any more.',
    ),
    functions: ['enablement', 'environmentalRestructuring'],
    factors: ['O-phy', 'O-soc'],
    fits: ['passwords', 'record-access'],
    effort: 'medium',
    bcts: ['12.1', '12.2'],
  },

  // ——— Record access and emergency access ———
  {
    id: 'access-log-feedback',
    title: t('Feedback uit de inzagelog', 'Access-log feedback on record snooping'),
    description: t(
      'Je laat teams zien wat de controle van de inzagelog oplevert: hoe vaak dossiers werden geopend zonder zorgrelatie. Zo merk je dat meekijken opvalt en ertoe doet.',
      'Teams are shown what the access-log checks find: how often records were opened without a care relationship. Staff notice that snooping is seen and matters.',
    ),
    example: t(
      'Elk halfjaar krijgt elke afdeling een korte, anonieme samenvatting met voorbeelden, zoals "dossier van een bekende uit het dorp geopend". De teamleider bespreekt die in het overleg.',
      'Every six months each ward gets a short anonymous summary with examples, such as "record of someone from the village opened". The team leader discusses it in the meeting.',
    ),
    functions: ['education'],
    factors: ['M-ref'],
    fits: ['record-access'],
    effort: 'medium',
    bcts: ['2.2', '5.3'],
  },
  {
    id: 'announced-access-audits',
    title: t('Aangekondigde controles van inzage', 'Announced access audits'),
    description: t(
      'Je vertelt iedereen dat de organisatie steekproefsgewijs controleert wie welk dossier opent. Alleen het weten dat er gekeken wordt, helpt al.',
      'Everyone is told that the organisation checks samples of who opens which record. Just knowing it is checked already helps.',
    ),
    example: t(
      'Bij het openen van een dossier buiten je eigen afdeling verschijnt: "Inzage wordt vastgelegd en gecontroleerd." Elke maand controleert de privacy officer twintig willekeurige inzages.',
      'When opening a record outside your own ward a notice says: "Access is logged and checked." Every month the privacy officer checks twenty random accesses.',
    ),
    functions: ['coercion'],
    factors: ['M-ref', 'M-aut'],
    fits: ['record-access'],
    effort: 'medium',
    bcts: ['10.11', '2.1'],
  },
  {
    id: 'visible-sanctions-policy',
    title: t('Sanctiebeleid zichtbaar maken', 'Making the sanctions policy visible'),
    description: t(
      'Je maakt duidelijk en bekend welke gevolgen het heeft als iemand met opzet dossiers bekijkt zonder reden. Het gaat om bewust meekijken, niet om vergissingen.',
      'You make it clear and known what happens when someone deliberately views records without a reason. It is about deliberate snooping, not mistakes.',
    ),
    example: t(
      'Het sanctiebeleid staat in gewone taal op één pagina op het intranet en komt terug in de introductie. Het zegt ook duidelijk: wie een fout meldt, krijgt geen straf.',
      'The sanctions policy is on one plain-language page on the intranet and comes back in onboarding. It also says clearly: reporting a mistake is never punished.',
    ),
    functions: ['coercion', 'education'],
    factors: ['M-ref'],
    fits: ['record-access', 'emergency-access'],
    effort: 'low',
    bcts: ['10.11', '5.3'],
  },
  {
    id: 'role-based-record-access',
    title: t('Toegang tot dossiers per rol', 'Role-based record access'),
    description: t(
      'Medewerkers zien standaard alleen de dossiers van {patiënten} bij wie ze betrokken zijn. Voor de rest heb je een reden of de noodknop nodig.',
      'Staff see only the records of {patients} they are involved with by default. For others they need a reason or the emergency access.',
    ),
    example: t(
      'In de ouderenzorg ziet een verzorgende alleen de cliënten van haar eigen locatie. Bij een invaldienst op een andere locatie krijgt ze tijdelijk toegang via de planner.',
      'In elderly care a carer only sees the clients of her own location. When covering a shift elsewhere she gets temporary access through the rota planner.',
    ),
    functions: ['restriction', 'environmentalRestructuring'],
    factors: ['O-phy', 'O-soc'],
    fits: ['record-access', 'emergency-access'],
    effort: 'high',
    bcts: ['12.1'],
  },
  {
    id: 'emergency-access-reason-picklist',
    title: t('Verplichte reden met keuzelijst bij de noodknop', 'Required reason with a pick list for emergency access'),
    description: t(
      'Bij de noodknop moet je een reden kiezen uit een korte lijst, met ruimte voor een toelichting. Dat is snel en je vergeet het niet.',
      'Using emergency access requires choosing a reason from a short list, with room for a note. It is quick and cannot be forgotten.',
    ),
    example: t(
      'Het dossier vraagt bij de noodknop: "Spoedopname", "Waarneming dienst", "Overplaatsing" of "Anders, namelijk…". Zonder keuze gaat het dossier niet open.',
      'The record asks on emergency access: "Emergency admission", "Covering shift", "Transfer" or "Other, namely…". Without a choice the record does not open.',
    ),
    functions: ['restriction', 'environmentalRestructuring', 'enablement'],
    factors: ['O-phy', 'C-psy'],
    fits: ['emergency-access'],
    effort: 'medium',
    bcts: ['12.1', '7.1'],
  },
  {
    id: 'emergency-access-scenarios',
    title: t('Oefenen: mag de noodknop hier?', 'Practice: is emergency access allowed here?'),
    description: t(
      'Met korte casussen oefen je wanneer je de noodknop wel en niet mag gebruiken, en hoe je de reden invult.',
      'With short cases staff practise when emergency access is and is not allowed, and how to fill in the reason.',
    ),
    example: t(
      'In de avondoverdracht bespreekt het team één casus, zoals "een collega wordt zelf opgenomen: mag je kijken?". De aandachtsvelder geeft het antwoord en de uitleg.',
      'At the evening handover the team discusses one case, such as "a colleague is admitted: may you look?". The privacy champion gives the answer and the reasoning.',
    ),
    functions: ['training'],
    factors: ['C-psy'],
    fits: ['emergency-access', 'record-access'],
    effort: 'low',
    bcts: ['8.1', '4.1'],
  },
  {
    id: 'emergency-access-follow-up',
    title: t('Navraag bij noodknop zonder reden', 'Follow-up on emergency access without a reason'),
    description: t(
      'Wie de noodknop gebruikt zonder reden, krijgt binnen een week een vraag om uitleg van de privacy officer. Zo weet iedereen dat het niet vrijblijvend is.',
      'Anyone who uses emergency access without a reason is asked to explain within a week by the privacy officer, so everyone knows it is not optional.',
    ),
    example: t(
      'De privacy officer stuurt een vriendelijke mail: "Je gebruikte de noodknop op dinsdag; wil je de reden nog aanvullen?" Bij herhaling volgt een gesprek met de leidinggevende.',
      'The privacy officer sends a friendly e-mail: "You used emergency access on Tuesday; could you add the reason?" Repeated cases lead to a talk with the manager.',
    ),
    functions: ['coercion', 'education'],
    factors: ['M-ref', 'M-aut'],
    fits: ['emergency-access'],
    effort: 'medium',
    bcts: ['2.2', '10.11'],
  },

  // ——— Breach reporting and culture ———
  {
    id: 'breach-or-not-quiz',
    title: t('Quiz "Datalek of niet?"', '"Data breach or not?" quiz'),
    description: t(
      'Een korte quiz van drie vragen in het teamoverleg over situaties uit de praktijk. Je leert zo wat wel en geen datalek is en hoe je het meldt.',
      'A short three-question quiz in the team meeting about everyday situations, so staff learn what is and is not a data breach and how to report it.',
    ),
    example: t(
      'Elke maand neemt de aandachtsvelder drie kaartjes mee, zoals "overdracht op de gang waar familie meeluistert". Het team stemt en daarna volgt de uitleg.',
      'Every month the privacy champion brings three cards, such as "handover in the corridor with family listening". The team votes, then gets the explanation.',
    ),
    functions: ['education', 'training'],
    factors: ['C-psy'],
    fits: ['breach-reporting', 'general'],
    effort: 'low',
    bcts: ['4.1', '8.1', '2.2'],
  },
  {
    id: 'manager-asks-in-one-on-one',
    title: t('Leidinggevende vraagt naar datalekken in het 1-op-1-gesprek', 'Manager asks about breaches in 1-on-1s'),
    description: t(
      'In elk werkoverleg of 1-op-1-gesprek vraagt de leidinggevende of je iets hebt meegemaakt dat een datalek kon zijn. Zo laat je zien dat melden gewoon en gewenst is.',
      'In every one-to-one the manager asks whether anything happened that might have been a breach, showing that reporting is normal and welcome.',
    ),
    example: t(
      'De vraag "Heb je iets gezien of gedaan dat misschien een datalek was?" staat vast op de gesprekskaart. Samen vul je meteen het meldformulier in als dat nodig is.',
      'The question "Did you see or do anything that might have been a breach?" is a fixed item on the conversation card. If needed, you fill in the report form together right away.',
    ),
    functions: ['environmentalRestructuring', 'enablement', 'persuasion'],
    factors: ['O-soc', 'M-ref'],
    fits: ['breach-reporting'],
    effort: 'low',
    bcts: ['7.1', '3.2', '6.3'],
  },
  {
    id: 'reporter-recognition-no-blame',
    title: t('Waardering voor wie meldt (geen schuld)', 'Recognition for reporters (no blame)'),
    description: t(
      'Wie een datalek of fout meldt, krijgt waardering, geen verwijt. De organisatie vertelt openlijk wat er dankzij meldingen beter is gegaan.',
      'Anyone who reports a breach or mistake gets recognition, not blame. The organisation shares openly what improved thanks to reports.',
    ),
    example: t(
      'In de nieuwsbrief staat elk kwartaal "Dankzij jullie meldingen…" met een voorbeeld, zonder namen. De bestuurder bedankt melders in de nieuwjaarstoespraak.',
      'Each quarter the newsletter has "Thanks to your reports…" with an anonymous example. The board thanks reporters in the New Year speech.',
    ),
    functions: ['incentivisation', 'persuasion'],
    factors: ['M-ref', 'M-aut'],
    fits: ['breach-reporting', 'phishing-reporting'],
    effort: 'low',
    bcts: ['10.4', '14.10', '5.3'],
  },
  {
    id: 'breach-hotline',
    title: t('Datalekken-telefoon dag en nacht', '24/7 breach hotline'),
    description: t(
      "Een vast telefoonnummer waar je altijd, ook 's nachts en in het weekend, een mogelijk datalek kunt melden en hulp krijgt.",
      'A fixed phone number to report a possible breach and get help at any time, including nights and weekends.',
    ),
    example: t(
      "Het nummer staat op elke werkplek en op de achterkant van je personeelspas. 's Nachts neemt de dienstdoende ICT-er op en vult samen met jou het formulier in.",
      'The number is on every workstation and on the back of your staff badge. At night the on-call IT person answers and fills in the form with you.',
    ),
    functions: ['enablement'],
    factors: ['O-phy', 'C-psy'],
    fits: ['breach-reporting', 'mobile-devices'],
    effort: 'medium',
    bcts: ['3.2', '12.5'],
  },
  {
    id: 'onboarding-module',
    title: t('Introductiemodule informatieveiligheid', 'Onboarding module on information security'),
    description: t(
      'Een korte module voor nieuwe medewerkers met de belangrijkste afspraken: beveiligd mailen, vergrendelen, wachtwoorden en datalekken melden. Je oefent meteen in de echte systemen.',
      'A short module for new staff with the key agreements: sending securely, locking screens, passwords and reporting breaches, practised straight away in the real systems.',
    ),
    example: t(
      'Op de eerste werkdag doet elke nieuwe collega een module van twintig minuten met vijf oefeningen. Daarna loopt de aandachtsvelder één dienst met hem of haar mee.',
      'On their first day every new colleague completes a twenty-minute module with five exercises. Then the privacy champion works one shift alongside them.',
    ),
    functions: ['education', 'training'],
    factors: ['C-psy'],
    fits: ['general', 'breach-reporting', 'passwords', 'email-recipient'],
    effort: 'medium',
    bcts: ['4.1', '8.1'],
  },

  // ——— Paper and the workplace ———
  {
    id: 'follow-me-printing',
    title: t('Beveiligd printen met je pas', 'Locked print (follow-me printing)'),
    description: t(
      'Je printopdracht komt pas uit de printer als je er zelf met je pas bij staat. Er blijven geen papieren met {patiënt}gegevens in de printerbak liggen.',
      'A print job only comes out when you stand at the printer and tap your badge. No papers with {patient} data are left in the tray.',
    ),
    example: t(
      'Alle printers op de afdelingen worden "volg-mij"-printers. Je print naar één wachtrij en haalt je papier op bij elke printer in het gebouw.',
      'All ward printers become follow-me printers. You print to one queue and collect your pages at any printer in the building.',
    ),
    functions: ['environmentalRestructuring', 'restriction'],
    factors: ['O-phy', 'M-aut'],
    fits: ['paper'],
    effort: 'high',
    bcts: ['12.1'],
  },
  {
    id: 'printer-poster',
    title: t('Poster bij de printer', 'Poster by the printer'),
    description: t(
      'Een opvallende poster precies op de plek waar het gebeurt, die je eraan herinnert je prints meteen mee te nemen en niets te laten liggen.',
      'An eye-catching poster exactly where it happens, reminding staff to take their prints straight away and leave nothing behind.',
    ),
    example: t(
      'Boven elke printer hangt: "Van jou? Neem het mee. Niet van jou? In de bak voor vertrouwelijk papier." Met een foto van een echte printerbak vol overdrachten.',
      'Above each printer: "Yours? Take it. Not yours? Into the confidential bin." With a photo of a real tray full of handover sheets.',
    ),
    functions: ['environmentalRestructuring'],
    factors: ['M-aut'],
    fits: ['paper'],
    effort: 'low',
    bcts: ['7.1', '12.5'],
  },
  {
    id: 'clean-desk-round',
    title: t('Ronde "schoon bureau"', 'Clean-desk round'),
    description: t(
      'Af en toe loopt iemand na de dienst een ronde langs bureaus, balies en printers en geeft het team feedback. Goede resultaten worden gevierd.',
      'Now and then someone walks past desks, counters and printers after a shift and gives the team feedback. Good results are celebrated.',
    ),
    example: t(
      'De aandachtsvelder loopt één keer per maand een ronde en hangt de uitkomst op het teambord. Drie keer op rij geen papieren laten liggen? Dan trakteert de teamleider.',
      'The privacy champion does a round once a month and posts the results on the team board. Three clean rounds in a row and the team leader treats the team.',
    ),
    functions: ['education', 'incentivisation'],
    factors: ['M-ref', 'M-aut'],
    fits: ['paper', 'screen-locking'],
    effort: 'low',
    bcts: ['2.2', '10.4'],
  },
  {
    id: 'locked-paper-bins',
    title: t('Afgesloten bakken voor vertrouwelijk papier', 'Locked bins for confidential paper'),
    description: t(
      'Op elke afdeling staan afgesloten bakken voor papier met persoonsgegevens, dicht bij waar je werkt. Dan is weggooien in de gewone prullenbak niet meer de makkelijkste keuze.',
      'Every ward has locked bins for paper with personal data, close to where people work, so the ordinary waste bin is no longer the easiest choice.',
    ),
    example: t(
      'Naast de printer, in de medicijnkamer en bij de overdrachtstafel komt een afgesloten bak. De gewone prullenbak verhuist een paar meter verder.',
      'Locked bins are placed next to the printer, in the medication room and by the handover table. The ordinary bin moves a few metres away.',
    ),
    functions: ['environmentalRestructuring', 'enablement'],
    factors: ['O-phy', 'M-aut'],
    fits: ['paper'],
    effort: 'medium',
    bcts: ['12.5', '12.1'],
  },
  {
    id: 'locked-transport-folder',
    title: t('Afsluitbare map voor onderweg', 'Lockable folder for transport'),
    description: t(
      'Voor papieren die mee moeten, zoals in de wijkzorg, krijg je een afsluitbare map of tas. Zo laat je nooit open papieren in de auto of bij een cliënt liggen.',
      "For papers that have to travel, such as in district care, staff get a lockable folder or bag, so no loose papers are left in the car or at a client's home.",
    ),
    example: t(
      'Elk wijkteam krijgt afsluitbare mappen met de tekst "vertrouwelijk, bij vinden bellen naar…". De mappen blijven in de auto in een vaste bak onder de stoel.',
      'Each district team gets lockable folders marked "confidential, if found please call…". In the car they stay in a fixed box under the seat.',
    ),
    functions: ['enablement'],
    factors: ['O-phy'],
    fits: ['paper', 'mobile-devices'],
    effort: 'low',
    bcts: ['12.5'],
  },
  {
    id: 'stop-and-think-stickers',
    title: t('Stickers "Stop en denk"', '"Stop and think" stickers'),
    description: t(
      'Kleine stickers op plekken waar het vaak misgaat, zoals naast de verzendknop, de printer en de deur van de teampost. Ze onderbreken automatisch gedrag.',
      'Small stickers where things often go wrong, such as next to the send button, the printer and the team-room door. They interrupt automatic behaviour.',
    ),
    example: t(
      'Op de rand van elk beeldscherm zit een sticker: "Stop. Juiste ontvanger? Scherm op slot?" Na drie maanden wisselen de stickers van kleur, zodat ze blijven opvallen.',
      'Each monitor edge carries a sticker: "Stop. Right recipient? Screen locked?" After three months the stickers change colour so they keep standing out.',
    ),
    functions: ['environmentalRestructuring'],
    factors: ['M-aut'],
    fits: ['email-recipient', 'screen-locking', 'paper'],
    effort: 'low',
    bcts: ['7.1', '12.5'],
  },

  // ——— Persuasion and social media ———
  {
    id: 'patient-story',
    title: t('Verhaal van een {patiënt} wiens gegevens lekten', 'Story from a {patient} whose data leaked'),
    description: t(
      'Een {patiënt} vertelt zelf, op video of live, wat een datalek met hem of haar deed. Het maakt duidelijk dat het om echte mensen gaat.',
      'A {patient} tells in person or on video what a data breach did to them. It makes clear that real people are affected.',
    ),
    example: t(
      'Samen met de cliëntenraad maak je een video van vijf minuten met een {patiënt} die het meemaakte, met toestemming. Je laat die zien in de introductie en in teamoverleggen.',
      'Together with the client council you make a five-minute video with a {patient} who experienced it, with consent. It is shown in onboarding and team meetings.',
    ),
    functions: ['persuasion'],
    factors: ['M-ref', 'M-aut'],
    fits: ['general', 'record-access', 'email-recipient'],
    effort: 'medium',
    bcts: ['5.6', '9.1'],
  },
  {
    id: 'reframe-who-would-want-it',
    title: t('"Wie wil dat nou hebben?" anders bekijken', 'Reframing "who would want that?"'),
    description: t(
      'Je gaat in gesprek over de gedachte dat gegevens van {patiënten} niet interessant zijn, met voorbeelden van wat er met zulke gegevens gebeurt.',
      "A conversation that challenges the idea that {patients}' data is not interesting, with examples of what happens with such data.",
    ),
    example: t(
      'De privacy officer laat in het teamoverleg zien hoe oplichters gegevens van ouderen gebruiken voor babbeltrucs. Het team bespreekt: wat betekent dit voor onze bewoners?',
      "The privacy officer shows in the team meeting how fraudsters use older people's data for doorstep scams. The team discusses what this means for our residents.",
    ),
    functions: ['persuasion'],
    factors: ['M-ref'],
    fits: ['general', 'record-access', 'paper'],
    effort: 'low',
    bcts: ['13.2', '5.3'],
  },
  {
    id: 'clinician-credible-voice',
    title: t('Een arts of verpleegkundige als boodschapper', 'A clinician as messenger'),
    description: t(
      'Niet ICT, maar een gewaardeerde arts of verpleegkundige legt uit waarom informatieveiligheid bij goede zorg hoort, en doet het zelf zichtbaar voor.',
      'Not IT but a respected doctor or nurse explains why information security is part of good care, and visibly does it themselves.',
    ),
    example: t(
      'De medisch manager opent de maand van de informatieveiligheid met een kort verhaal over een eigen bijna-fout. Daarna vertelt ze hoe ze nu werkt.',
      'The medical manager opens information-security month with a short story about her own near miss, and explains how she works now.',
    ),
    functions: ['persuasion', 'modelling'],
    factors: ['M-ref', 'O-soc'],
    fits: ['general'],
    effort: 'low',
    bcts: ['9.1', '6.1'],
  },
  {
    id: 'team-commitment',
    title: t('Teamafspraak over veilig werken', 'Team commitment to safe working'),
    description: t(
      'Het team kiest zelf één concrete afspraak over veilig werken, zegt die hardop toe en kijkt na een maand hoe het ging.',
      'The team chooses one concrete agreement on safe working, commits to it out loud and looks back after a month.',
    ),
    example: t(
      'In het teamoverleg kiest het team: "We bespreken geen {patiënten} meer in de lift." De afspraak hangt op het teambord en staat na een maand weer op de agenda.',
      'In the team meeting the team chooses: "We no longer discuss {patients} in the lift." The agreement hangs on the team board and is back on the agenda a month later.',
    ),
    functions: ['enablement'],
    factors: ['C-psy', 'O-soc'],
    fits: ['general', 'paper'],
    effort: 'low',
    bcts: ['1.1', '1.9', '1.5'],
  },
  {
    id: 'social-media-guide-examples',
    title: t('Handreiking social media met voorbeelden', 'Social media guide with examples'),
    description: t(
      "Een korte handreiking met foto's van wat wel en niet mag op social media, zoals een teamfoto waarop op de achtergrond een {patiënt} of whiteboard staat.",
      'A short guide with pictures of what is and is not fine on social media, such as a team photo with a {patient} or whiteboard in the background.',
    ),
    example: t(
      "Op één A4 staan vier foto's: twee goede en twee die net niet kunnen, met uitleg waarom. Hij hangt in de teamkamer en staat op het intranet.",
      'One page shows four photos: two fine and two that just cross the line, with why. It hangs in the staff room and is on the intranet.',
    ),
    functions: ['education', 'training'],
    factors: ['C-psy', 'M-ref'],
    fits: ['social-media'],
    effort: 'low',
    bcts: ['4.1', '5.3'],
  },
  {
    id: 'social-media-colleague-example',
    title: t("Collega's laten zien hoe het wel kan", 'Colleagues show how it can be done'),
    description: t(
      "De organisatie deelt zelf berichten en foto's van collega's die laten zien hoe je trots over je werk vertelt zonder {patiënten} herkenbaar te maken.",
      'The organisation shares posts and photos from colleagues that show how to be proud of your work without making {patients} recognisable.',
    ),
    example: t(
      'De communicatieafdeling zet elke maand een "goed voorbeeld" van een team op het intranet en de eigen kanalen, bijvoorbeeld een foto van handen bij een activiteit, zonder gezichten.',
      'Each month the communications team posts a team\'s "good example" on the intranet and its own channels, such as a photo of hands at an activity without faces.',
    ),
    functions: ['modelling'],
    factors: ['O-soc', 'M-aut'],
    fits: ['social-media'],
    effort: 'low',
    bcts: ['6.1', '6.3'],
  },
  {
    id: 'social-media-code-of-conduct',
    title: t('Gedragscode social media met duidelijke gevolgen', 'Social media code of conduct with clear consequences'),
    description: t(
      'In de gedragscode staat wat niet mag op social media en welke gevolgen het heeft als je {patiënt}informatie deelt. Je tekent ervoor bij je start.',
      'The code of conduct states what is not allowed on social media and what happens if {patient} information is shared. Staff sign it when they start.',
    ),
    example: t(
      'Bij het tekenen van het contract bespreekt HR de gedragscode in vijf minuten. Elk jaar komt er een korte herinnering met een geanonimiseerd voorbeeld uit de praktijk.',
      'When signing the contract HR spends five minutes on the code of conduct. Each year a short reminder follows with an anonymised real example.',
    ),
    functions: ['coercion'],
    factors: ['M-ref'],
    fits: ['social-media'],
    effort: 'low',
    bcts: ['1.8', '10.11'],
  },
];

/** An intervention by id, if it exists. */
export const interventionById = (id: string): LibraryIntervention | undefined => INTERVENTION_LIBRARY.find((i) => i.id === id);
