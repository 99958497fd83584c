import type { LocalizedText } from '#core/locale.js';
import type { ProblemSource } from '#core/worksheets/problem-inventory.js';

/**
 * A worked example from care practice: a problem, its behaviours and one target behaviour.
 * {patiënt} and {patient} stand for the person receiving the organisation's care:
 * src/core/sector.ts fills in the sector's word.
 */
export interface ExampleCase {
  id: string;
  title: LocalizedText;
  source: ProblemSource;
  description: LocalizedText;
  whyItMatters: LocalizedText;
  behaviour: LocalizedText;
  /** Concrete, observable behaviours (who does what) for the 2.1 list. */
  behaviours: LocalizedText[];
  /** Fragments that read as one sentence: "<targetGroup> (<departments>) <action>, <when>, <where>, <howOften>, <withWhat>." */
  targetBehaviour: {
    targetGroup: LocalizedText;
    departments: LocalizedText;
    professions: LocalizedText;
    size: string;
    action: LocalizedText;
    when: LocalizedText;
    where: LocalizedText;
    howOften: LocalizedText;
    withWhat: LocalizedText;
    /** The behaviour as the survey's statements take it (src/core/survey/phrases.ts); English has one form for both. */
    infinitive: LocalizedText;
    teInfinitive: LocalizedText;
    desiredSituation: LocalizedText;
  };
}

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

export const EXAMPLE_CASES: readonly ExampleCase[] = [
  {
    id: 'breach-reporting',
    title: t('Datalekken worden laat of niet gemeld', 'Data breaches are reported late or not at all'),
    source: 'internal_audit',
    description: t(
      'Medewerkers melden incidenten met persoonsgegevens laat of helemaal niet bij het privacyloket. Daardoor kan de organisatie de meldtermijn van 72 uur bij de Autoriteit Persoonsgegevens niet altijd halen.',
      'Staff report incidents involving personal data late or not at all to the privacy desk. As a result the organisation cannot always meet the 72-hour deadline for notifying the Dutch DPA.',
    ),
    whyItMatters: t(
      'Te laat melden is een overtreding van de AVG, en {patiënten} worden niet op tijd gewaarschuwd.',
      'Late notification breaches the GDPR, and {patients} are not warned in time.',
    ),
    behaviour: t('Medewerkers melden een (mogelijk) datalek niet direct.', 'Staff do not report a (possible) data breach straight away.'),
    behaviours: [
      t(
        'Een medewerker meldt een verkeerd verstuurde e-mail binnen een uur via het meldformulier.',
        'A staff member reports a misdirected e-mail within an hour through the report form.',
      ),
      t(
        'Een medewerker meldt een kwijtgeraakte telefoon met werkmail dezelfde dag bij de servicedesk.',
        'A staff member reports a lost phone with work e-mail to the service desk the same day.',
      ),
      t(
        'De teamleider bespreekt gemelde incidenten zonder schuldvraag in het teamoverleg.',
        'The team leader discusses reported incidents in the team meeting without blame.',
      ),
      t(
        'Een medewerker die twijfelt, belt het privacyloket in plaats van af te wachten.',
        'A staff member in doubt calls the privacy desk instead of waiting.',
      ),
    ],
    targetBehaviour: {
      targetGroup: t('Verpleegkundigen en verzorgenden', 'Nurses and care assistants'),
      departments: t('verpleegafdelingen', 'wards'),
      professions: t('verpleegkundigen, verzorgenden', 'nurses, care assistants'),
      size: '250',
      action: t('melden een (mogelijk) datalek via het meldformulier', 'report a (possible) data breach through the report form'),
      when: t('binnen een uur nadat ze het ontdekken', 'within an hour of discovering it'),
      where: t('op de afdeling of thuis', 'on the ward or at home'),
      howOften: t('bij elk incident met persoonsgegevens', 'for every incident involving personal data'),
      withWhat: t('met de meldknop op intranet', 'with the report button on the intranet'),
      infinitive: t(
        'een (mogelijk) datalek binnen een uur melden via het meldformulier',
        'report a (possible) data breach within an hour through the report form',
      ),
      teInfinitive: t(
        'een (mogelijk) datalek binnen een uur te melden via het meldformulier',
        'report a (possible) data breach within an hour through the report form',
      ),
      desiredSituation: t(
        'Iedereen weet waar hij een datalek meldt en doet dat meteen, ook bij twijfel. Het privacyloket krijgt meldingen ruim binnen de termijn.',
        'Everyone knows where to report a breach and does so at once, even when in doubt. The privacy desk receives reports well within the deadline.',
      ),
    },
  },
  {
    id: 'email-wrong-recipient',
    title: t('E-mail met {patiënt}gegevens aan de verkeerde ontvanger', 'E-mail with {patient} data to the wrong recipient'),
    source: 'incidents',
    description: t(
      'Een groot deel van de gemelde datalekken is een e-mail met {patiënt}gegevens aan een verkeerd adres, vaak door automatisch aanvullen van het adres.',
      'A large share of reported breaches is an e-mail with {patient} data sent to a wrong address, often because of address autocomplete.',
    ),
    whyItMatters: t(
      'Vertrouwelijke gegevens komen bij onbevoegden terecht; dat schaadt {patiënten} en het vertrouwen in de organisatie.',
      'Confidential data reaches unauthorised people; that harms {patients} and trust in the organisation.',
    ),
    behaviour: t('Medewerkers controleren de geadresseerde niet voordat ze verzenden.', 'Staff do not check the recipient before sending.'),
    behaviours: [
      t(
        'Een medewerker controleert naam en domein van elke ontvanger voordat hij op Verzenden klikt.',
        'A staff member checks the name and domain of every recipient before clicking Send.',
      ),
      t(
        'Een medewerker verstuurt {patiënt}gegevens naar buiten alleen via beveiligde mail.',
        'A staff member sends {patient} data outside only through secure e-mail.',
      ),
      t('Een medewerker verwijdert oude adressen uit de lijst met automatisch aanvullen.', 'A staff member removes old addresses from the autocomplete list.'),
    ],
    targetBehaviour: {
      targetGroup: t('Secretaresses en verpleegkundigen', 'Secretaries and nurses'),
      departments: t('poliklinieken', 'outpatient clinics'),
      professions: t('medisch secretaresses, verpleegkundigen', 'medical secretaries, nurses'),
      size: '120',
      action: t('controleren naam en domein van elke ontvanger', 'check the name and domain of every recipient'),
      when: t('voordat ze een e-mail met {patiënt}gegevens versturen', 'before sending an e-mail with {patient} data'),
      where: t('op de polikliniek en bij thuiswerken', 'at the clinic and when working from home'),
      howOften: t('bij elke e-mail naar buiten de organisatie', 'for every e-mail leaving the organisation'),
      withWhat: t('met de adrescontrole-melding in het mailprogramma', 'with the address-check prompt in the mail client'),
      infinitive: t(
        'naam en domein van elke ontvanger controleren voor het versturen van {patiënt}gegevens',
        'check the name and domain of every recipient before sending {patient} data',
      ),
      teInfinitive: t(
        'naam en domein van elke ontvanger te controleren voor het versturen van {patiënt}gegevens',
        'check the name and domain of every recipient before sending {patient} data',
      ),
      desiredSituation: t(
        'Geen e-mail met {patiënt}gegevens gaat de deur uit zonder dat de ontvanger is gecontroleerd.',
        'No e-mail with {patient} data leaves without the recipient having been checked.',
      ),
    },
  },
  {
    id: 'chat-apps',
    title: t('{Patiënt}gegevens delen via WhatsApp en andere chatapps', 'Sharing {patient} data in WhatsApp and other chat apps'),
    source: 'brainstorm',
    description: t(
      'Teams delen foto’s van wonden, roosters met namen en overdrachtsinformatie in privé-chatgroepen. Die gegevens staan daarna op privételefoons buiten het beheer van de organisatie.',
      'Teams share photos of wounds, rosters with names and handover information in private chat groups. That data then sits on private phones outside the organisation’s control.',
    ),
    whyItMatters: t(
      'Gegevens raken buiten beeld en kunnen niet meer worden verwijderd of beschermd.',
      'Data goes out of sight and can no longer be removed or protected.',
    ),
    behaviour: t(
      'Medewerkers gebruiken privé-chatapps voor werkoverleg over {patiënten}.',
      'Staff use private chat apps for work discussions about {patients}.',
    ),
    behaviours: [
      t('Een medewerker deelt een wondfoto alleen via de beveiligde zorgapp.', 'A staff member shares a wound photo only through the secure care app.'),
      t(
        'Een teamlid stuurt overdrachtsinformatie via het dossier in plaats van via een chatgroep.',
        'A team member sends handover information through the record instead of a chat group.',
      ),
      t('De teamleider zet de teamchat om naar de zakelijke chatapp.', 'The team leader moves the team chat to the business chat app.'),
    ],
    targetBehaviour: {
      targetGroup: t('Wijkverpleegkundigen', 'District nurses'),
      departments: t('wijkteams', 'community teams'),
      professions: t('wijkverpleegkundigen, verzorgenden', 'district nurses, care assistants'),
      size: '80',
      action: t(
        'delen foto’s en berichten over {patiënten} via de beveiligde zorgapp',
        'share photos and messages about {patients} through the secure care app',
      ),
      when: t('tijdens en na hun dienst', 'during and after their shift'),
      where: t('bij de {patiënt} thuis en onderweg', 'at the {patient}’s home and on the road'),
      howOften: t('bij elk bericht over een {patiënt}', 'for every message about a {patient}'),
      withWhat: t('met de zorgapp op de werktelefoon', 'with the care app on the work phone'),
      infinitive: t(
        'foto’s en berichten over {patiënten} alleen via de beveiligde zorgapp delen',
        'share photos and messages about {patients} only through the secure care app',
      ),
      teInfinitive: t(
        'foto’s en berichten over {patiënten} alleen via de beveiligde zorgapp te delen',
        'share photos and messages about {patients} only through the secure care app',
      ),
      desiredSituation: t(
        'Er staan geen {patiënt}gegevens meer in privé-chatgroepen; de zorgapp is net zo snel als WhatsApp.',
        'No {patient} data remains in private chat groups; the care app is as quick as WhatsApp.',
      ),
    },
  },
  {
    id: 'record-snooping',
    title: t('Inzien van dossiers zonder behandelrelatie', 'Viewing records without a care relationship'),
    source: 'monitoring',
    description: t(
      'Uit de logcontrole blijkt dat medewerkers dossiers openen van {patiënten} die ze niet behandelen, bijvoorbeeld van collega’s, familie of bekende personen.',
      'Log reviews show staff opening the records of {patients} they do not treat, for example colleagues, relatives or well-known people.',
    ),
    whyItMatters: t(
      'Dit schendt het medisch beroepsgeheim en de privacy van {patiënten} en is een datalek.',
      'This breaches medical confidentiality and {patient} privacy and is a data breach.',
    ),
    behaviour: t('Medewerkers openen dossiers buiten hun behandelrelatie.', 'Staff open records outside their care relationship.'),
    behaviours: [
      t(
        'Een medewerker opent alleen dossiers van {patiënten} voor wie hij die dienst zorgt.',
        'A staff member opens only the records of {patients} they care for on that shift.',
      ),
      t(
        'Een medewerker die zijn eigen gegevens wil zien, gebruikt het {patiënt}portaal.',
        'A staff member who wants to see their own data uses the {patient} portal.',
      ),
      t('Een leidinggevende bespreekt de uitkomst van de logcontrole met het team.', 'A manager discusses the outcome of the log review with the team.'),
    ],
    targetBehaviour: {
      targetGroup: t('Alle zorgmedewerkers met toegang tot het EPD', 'All care staff with access to the EHR'),
      departments: t('alle afdelingen', 'all departments'),
      professions: t('artsen, verpleegkundigen, paramedici', 'doctors, nurses, allied health professionals'),
      size: '1500',
      action: t(
        'openen alleen dossiers van {patiënten} met wie ze een behandelrelatie hebben',
        'open only the records of {patients} with whom they have a care relationship',
      ),
      when: t('tijdens hun werk', 'during their work'),
      where: t('op elke werkplek', 'at every workstation'),
      howOften: t('elke keer dat ze een dossier openen', 'every time they open a record'),
      withWhat: t('met het EPD', 'with the EHR'),
      infinitive: t('een dossier alleen openen als er een behandelrelatie is', 'open a record only when there is a care relationship'),
      teInfinitive: t('een dossier alleen te openen als er een behandelrelatie is', 'open a record only when there is a care relationship'),
      desiredSituation: t(
        'De logcontrole vindt geen inzage zonder behandelrelatie meer.',
        'The log review no longer finds access without a care relationship.',
      ),
    },
  },
  {
    id: 'emergency-access',
    title: t('Noodtoegang zonder goede verantwoording', 'Emergency access without proper justification'),
    source: 'monitoring',
    description: t(
      'De noodtoegang (“break the glass”) in het EPD wordt vaak gebruikt zonder of met een nietszeggende reden, waardoor achteraf niet te beoordelen is of de inzage terecht was.',
      'Emergency access (“break the glass”) in the EHR is often used without a reason or with a meaningless one, so it cannot be judged afterwards whether access was justified.',
    ),
    whyItMatters: t('Onterechte inzage blijft onopgemerkt en de controle kost veel tijd.', 'Unjustified access goes unnoticed and reviews take a lot of time.'),
    behaviour: t('Medewerkers vullen bij noodtoegang geen concrete reden in.', 'Staff do not enter a concrete reason when using emergency access.'),
    behaviours: [
      t(
        'Een medewerker typt bij noodtoegang de concrete zorgvraag als reden in.',
        'A staff member types the concrete care question as the reason for emergency access.',
      ),
      t('Een medewerker vraagt eerst reguliere toegang aan als er geen spoed is.', 'A staff member first requests regular access when there is no urgency.'),
      t(
        'De afdelingsmanager bespreekt maandelijks het overzicht van noodtoegang met het team.',
        'The department manager reviews the emergency-access overview with the team every month.',
      ),
    ],
    targetBehaviour: {
      targetGroup: t('Artsen en verpleegkundigen', 'Doctors and nurses'),
      departments: t('Spoedeisende hulp en Intensive Care', 'Emergency department and Intensive Care'),
      professions: t('artsen, verpleegkundigen', 'doctors, nurses'),
      size: '200',
      action: t('vullen een concrete reden in', 'enter a concrete reason'),
      when: t('als ze noodtoegang tot een dossier gebruiken', 'when they use emergency access to a record'),
      where: t('op de afdeling', 'on the ward'),
      howOften: t('bij elk gebruik van noodtoegang', 'every time emergency access is used'),
      withWhat: t('met het redenveld in het EPD', 'with the reason field in the EHR'),
      infinitive: t('een concrete reden invullen bij gebruik van noodtoegang', 'enter a concrete reason when using emergency access'),
      teInfinitive: t('een concrete reden in te vullen bij gebruik van noodtoegang', 'enter a concrete reason when using emergency access'),
      desiredSituation: t(
        'Bij elke noodtoegang staat een reden waaruit de zorgvraag blijkt.',
        'Every use of emergency access carries a reason that shows the care question.',
      ),
    },
  },
  {
    id: 'phishing-reporting',
    title: t('Phishingmails worden niet gemeld', 'Phishing e-mails are not reported'),
    source: 'risk_analysis',
    description: t(
      'Bij phishingsimulaties klikt een deel van de medewerkers op de link, en slechts weinigen melden de verdachte mail. Echte aanvallen worden daardoor laat opgemerkt.',
      'In phishing simulations some staff click the link, and only a few report the suspicious e-mail. Real attacks are therefore noticed late.',
    ),
    whyItMatters: t(
      'Eén gestolen wachtwoord kan toegang geven tot systemen met gegevens van duizenden {patiënten}.',
      'One stolen password can give access to systems holding the data of thousands of {patients}.',
    ),
    behaviour: t('Medewerkers melden verdachte e-mails niet.', 'Staff do not report suspicious e-mails.'),
    behaviours: [
      t(
        'Een medewerker meldt een verdachte e-mail met de meldknop in het mailprogramma.',
        'A staff member reports a suspicious e-mail with the report button in the mail client.',
      ),
      t(
        'Een medewerker die toch op een link heeft geklikt, belt direct de servicedesk.',
        'A staff member who clicked a link anyway calls the service desk at once.',
      ),
      t('Een medewerker controleert de afzender voordat hij een bijlage opent.', 'A staff member checks the sender before opening an attachment.'),
    ],
    targetBehaviour: {
      targetGroup: t('Alle medewerkers met een e-mailaccount', 'All staff with an e-mail account'),
      departments: t('hele organisatie', 'whole organisation'),
      professions: t('alle functies', 'all roles'),
      size: '2000',
      action: t('melden een verdachte e-mail', 'report a suspicious e-mail'),
      when: t('zodra ze die ontvangen', 'as soon as they receive it'),
      where: t('op het werk en thuis', 'at work and at home'),
      howOften: t('bij elke verdachte e-mail', 'for every suspicious e-mail'),
      withWhat: t('met de meldknop in het mailprogramma', 'with the report button in the mail client'),
      infinitive: t('een verdachte e-mail direct melden met de meldknop', 'report a suspicious e-mail straight away with the report button'),
      teInfinitive: t('een verdachte e-mail direct te melden met de meldknop', 'report a suspicious e-mail straight away with the report button'),
      desiredSituation: t(
        'Bij een phishingtest meldt de meerderheid de mail binnen een uur.',
        'In a phishing test, most people report the e-mail within an hour.',
      ),
    },
  },
  {
    id: 'screen-locking',
    title: t('Werkplekken blijven ontgrendeld', 'Workstations left unlocked'),
    source: 'internal_audit',
    description: t(
      'Computers op balies en in behandelkamers blijven ingelogd achter terwijl {patiënten} en bezoekers langslopen.',
      'Computers at desks and in treatment rooms stay logged in while {patients} and visitors walk past.',
    ),
    whyItMatters: t(
      'Onbevoegden kunnen meekijken in dossiers of handelingen doen onder de naam van een ander.',
      'Unauthorised people can look into records or act under someone else’s name.',
    ),
    behaviour: t('Medewerkers vergrendelen hun scherm niet als ze weglopen.', 'Staff do not lock their screen when walking away.'),
    behaviours: [
      t(
        'Een medewerker vergrendelt het scherm met Windows+L voordat hij de werkplek verlaat.',
        'A staff member locks the screen with Windows+L before leaving the workstation.',
      ),
      t('Een medewerker tikt met de pas uit als hij de behandelkamer verlaat.', 'A staff member taps out with the badge when leaving the treatment room.'),
      t(
        'Een collega die een open scherm ziet, vergrendelt het en zegt het tegen de eigenaar.',
        'A colleague who sees an open screen locks it and tells its owner.',
      ),
    ],
    targetBehaviour: {
      targetGroup: t('Baliemedewerkers en verpleegkundigen', 'Desk staff and nurses'),
      departments: t('poliklinieken en verpleegafdelingen', 'outpatient clinics and wards'),
      professions: t('baliemedewerkers, verpleegkundigen', 'desk staff, nurses'),
      size: '300',
      action: t('vergrendelen het scherm', 'lock the screen'),
      when: t('voordat ze de werkplek verlaten', 'before leaving the workstation'),
      where: t('aan de balie en in de behandelkamer', 'at the desk and in the treatment room'),
      howOften: t('elke keer dat ze weglopen', 'every time they walk away'),
      withWhat: t('met Windows+L of de pas', 'with Windows+L or the badge'),
      infinitive: t('het scherm vergrendelen bij het verlaten van de werkplek', 'lock the screen when leaving the workstation'),
      teInfinitive: t('het scherm te vergrendelen bij het verlaten van de werkplek', 'lock the screen when leaving the workstation'),
      desiredSituation: t('Bij een rondgang staat geen enkel onbeheerd scherm meer open.', 'A walk-round finds no unattended open screen.'),
    },
  },
  {
    id: 'passwords',
    title: t('Wachtwoorden delen en inloggen op andermans account', 'Sharing passwords and logging in on someone else’s account'),
    source: 'complaints',
    description: t(
      'Op drukke diensten werken medewerkers verder op het account van een collega of delen ze hun wachtwoord, zodat niet meer te zien is wie wat heeft gedaan.',
      'On busy shifts staff keep working on a colleague’s account or share their password, so it can no longer be seen who did what.',
    ),
    whyItMatters: t(
      'De integriteit van het dossier en de verantwoording per handeling gaan verloren.',
      'The integrity of the record and accountability per action are lost.',
    ),
    behaviour: t('Medewerkers werken onder het account van een ander.', 'Staff work under someone else’s account.'),
    behaviours: [
      t(
        'Een medewerker logt in met het eigen account voordat hij in het dossier schrijft.',
        'A staff member logs in with their own account before writing in the record.',
      ),
      t('Een medewerker geeft zijn wachtwoord aan niemand, ook niet aan een collega.', 'A staff member gives their password to nobody, not even a colleague.'),
      t('Een medewerker gebruikt de wachtwoordbeheerder in plaats van een briefje.', 'A staff member uses the password manager instead of a note.'),
    ],
    targetBehaviour: {
      targetGroup: t('Verzorgenden', 'Care assistants'),
      departments: t('woonzorglocaties', 'residential care homes'),
      professions: t('verzorgenden, helpenden', 'care assistants, care aides'),
      size: '180',
      action: t('loggen in met hun eigen account', 'log in with their own account'),
      when: t('voordat ze rapporteren', 'before they write a report'),
      where: t('op de gedeelde computer van de groep', 'on the shared computer of the unit'),
      howOften: t('bij elke rapportage', 'for every report'),
      withWhat: t('met de pas en hun pincode', 'with their badge and PIN'),
      infinitive: t('inloggen met een eigen account', 'log in with a personal account'),
      teInfinitive: t('in te loggen met een eigen account', 'log in with a personal account'),
      desiredSituation: t(
        'Elke rapportage staat op naam van wie hem schreef; niemand kent het wachtwoord van een ander.',
        'Every report is in the name of who wrote it; nobody knows anyone else’s password.',
      ),
    },
  },
  {
    id: 'printouts',
    title: t('Prints blijven liggen of gaan mee naar huis', 'Printouts left at printers or taken home'),
    source: 'brainstorm',
    description: t(
      'Uitdraaien met {patiënt}gegevens blijven bij de printer liggen of worden mee naar huis genomen om daar verder te werken.',
      'Printouts with {patient} data are left at the printer or taken home to work on there.',
    ),
    whyItMatters: t(
      'Papier met {patiënt}gegevens kan kwijtraken of door onbevoegden worden gelezen.',
      'Paper with {patient} data can get lost or be read by unauthorised people.',
    ),
    behaviour: t('Medewerkers halen prints niet direct op en nemen papier mee naar huis.', 'Staff do not collect printouts straight away and take paper home.'),
    behaviours: [
      t(
        'Een medewerker print met follow-me printing en haalt de print direct op met de pas.',
        'A staff member prints with follow-me printing and collects the print at once with the badge.',
      ),
      t(
        'Een medewerker gooit prints met {patiënt}gegevens in de afgesloten papiercontainer.',
        'A staff member puts printouts with {patient} data in the locked paper bin.',
      ),
      t(
        'Een medewerker werkt thuis digitaal in plaats van met meegenomen papier.',
        'A staff member works digitally at home instead of with paper taken along.',
      ),
    ],
    targetBehaviour: {
      targetGroup: t('Administratief medewerkers', 'Administrative staff'),
      departments: t('zorgadministratie', 'care administration'),
      professions: t('administratief medewerkers', 'administrative staff'),
      size: '60',
      action: t('halen hun prints direct op met de pas', 'collect their printouts at once with their badge'),
      when: t('meteen na het printen', 'right after printing'),
      where: t('bij de afdelingsprinter', 'at the department printer'),
      howOften: t('bij elke print met {patiënt}gegevens', 'for every printout with {patient} data'),
      withWhat: t('met follow-me printing', 'with follow-me printing'),
      infinitive: t('prints direct ophalen bij de printer', 'collect printouts from the printer at once'),
      teInfinitive: t('prints direct op te halen bij de printer', 'collect printouts from the printer at once'),
      desiredSituation: t(
        'Er liggen aan het eind van de dag geen prints meer bij de printers.',
        'At the end of the day no printouts are left at the printers.',
      ),
    },
  },
  {
    id: 'transfer-lists',
    title: t('Papieren overdrachtslijsten blijven rondslingeren', 'Paper handover lists left lying around'),
    source: 'incidents',
    description: t(
      'Overdrachtslijsten met namen, diagnoses en kamernummers blijven na de dienst liggen in de koffiekamer of belanden in de gewone prullenbak.',
      'Handover lists with names, diagnoses and room numbers are left in the break room after the shift or end up in ordinary bins.',
    ),
    whyItMatters: t(
      'Bezoekers, schoonmakers en anderen kunnen gevoelige gezondheidsgegevens lezen.',
      'Visitors, cleaners and others can read sensitive health data.',
    ),
    behaviour: t(
      'Medewerkers laten overdrachtslijsten liggen of gooien ze in de gewone prullenbak.',
      'Staff leave handover lists lying around or put them in ordinary bins.',
    ),
    behaviours: [
      t(
        'Een verpleegkundige stopt de overdrachtslijst aan het eind van de dienst in de afgesloten papiercontainer.',
        'A nurse puts the handover list in the locked paper bin at the end of the shift.',
      ),
      t(
        'Een verpleegkundige draagt de lijst tijdens de dienst op zak in plaats van hem neer te leggen.',
        'A nurse keeps the list in a pocket during the shift instead of putting it down.',
      ),
      t(
        'Het team gebruikt de digitale overdracht op de tablet in plaats van een print.',
        'The team uses the digital handover on the tablet instead of a printout.',
      ),
    ],
    targetBehaviour: {
      targetGroup: t('Verpleegkundigen', 'Nurses'),
      departments: t('verpleegafdelingen Interne geneeskunde en Cardiologie', 'Internal medicine and Cardiology wards'),
      professions: t('verpleegkundigen, leerling-verpleegkundigen', 'nurses, student nurses'),
      size: '90',
      action: t('stoppen de overdrachtslijst in de afgesloten papiercontainer', 'put the handover list in the locked paper bin'),
      when: t('aan het eind van hun dienst', 'at the end of their shift'),
      where: t('op de afdeling', 'on the ward'),
      howOften: t('na elke dienst', 'after every shift'),
      withWhat: t('met de container naast de uitgang van de afdeling', 'with the bin next to the ward exit'),
      infinitive: t(
        'de overdrachtslijst na de dienst in de afgesloten papiercontainer stoppen',
        'put the handover list in the locked paper bin after the shift',
      ),
      teInfinitive: t(
        'de overdrachtslijst na de dienst in de afgesloten papiercontainer te stoppen',
        'put the handover list in the locked paper bin after the shift',
      ),
      desiredSituation: t(
        'Na de dienst ligt er nergens meer een overdrachtslijst; de containers worden wekelijks geleegd.',
        'After the shift no handover list is left anywhere; the bins are emptied weekly.',
      ),
    },
  },
];

export function exampleCase(id: string): ExampleCase | undefined {
  return EXAMPLE_CASES.find((e) => e.id === id);
}
