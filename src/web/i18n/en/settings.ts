import type { settings as nl } from '../nl/settings.js';
import type { Translation } from '../types.js';

export const settings: Translation<typeof nl> = {
  pageTitle: 'Settings',
  name: 'Name of the organisation',
  minGroupSize: 'Minimum group size for results',
  minGroupSizeHint:
    'Results of surveys and knowledge checks are never shown for groups smaller than this number (3 to 50; default 5), so no one can be identified. A change applies to what you open afterwards: an open or closed survey keeps the number it was opened with.',
  defaultLocale: 'Default language',
  defaultLocaleHint: 'The language of messages to staff without an account, such as surveys and the report form.',
  sectorHint: 'Text the team has already taken over, such as in worksheets and surveys, stays as it is.',
  surveyInvitationsPerDay: 'Survey invitations a day',
  surveyInvitationsPerDayHint:
    "This many e-mails with a survey invitation your organisation can send a day (0 to {{max}}, the limit of this installation; default 500; 0 turns e-mail invitations off). A list that no longer fits does not go out at all. The limit keeps an account from being misused to send phishing or spam in your organisation's name.",
  surveyInvitationsToday: 'Used today: {{used}} of {{perDay}}; {{remaining}} more can go out.',
  breachReport: {
    title: 'Data breach reports by staff',
    intro:
      "Staff report a (possible) data breach through this link, also without an account. Put the link on the intranet and hang the QR code at the nurses' station. The privacy officer receives every report by e-mail at once.",
    link: 'Link to the report form',
    qrAlt: 'QR code to the data breach report form',
    downloadPng: 'Download QR code (PNG, for printing)',
    downloadSvg: 'Download QR code (SVG)',
    requiresLogin: 'Login required to report',
    requiresLoginHint:
      'Only staff with an account can then report, and their account is recorded with the report. When this is off, anyone with the link can report without it being known who.',
  },
  apDetails: {
    title: 'Details for notifications to the AP',
    intro:
      'The notification form of the Dutch Data Protection Authority (AP) asks for these details with every data breach. Enter them once here; the breach register has them ready. The letter to the people involved names the DPO and the complaints officer. Without a DPO, the letter names the contact point.',
    address: 'Address of the organisation',
    kvkNumber: 'Chamber of Commerce (KvK) number',
    sector: 'Sector',
    dpoRegistrationNumber: "The DPO's registration number at the AP",
    contactName: 'Contact point (name or department)',
    contactEmail: "Contact point's e-mail address",
    contactPhone: "Contact point's phone number",
    dpo: {
      title: 'Data protection officer (DPO, FG)',
      hint: 'The letter to the people involved names the DPO as the contact point for questions about the breach.',
    },
    dpoName: "DPO's name",
    dpoEmail: "DPO's e-mail address",
    dpoPhone: "DPO's phone number",
    complaints: {
      title: 'Complaints officer',
      hint: 'Every care provider has a complaints officer (Wkkgz). The letter names them for complaints about the care.',
    },
    complaintsName: "Complaints officer's name",
    complaintsEmail: "Complaints officer's e-mail address",
    complaintsPhone: "Complaints officer's phone number",
    complaintsUrl: 'Web page about complaints',
    cbwApplies: 'Falls under the Cyberbeveiligingswet (NIS2)',
    cbwAppliesHint:
      'Turn this on if the organisation is an essential or important entity under the Dutch Cyberbeveiligingswet. A significant incident then also starts a 24-hour clock: within that time an early warning goes to the CSIRT. Off by default.',
    save: 'Save AP details',
  },
  data: {
    save: 'Save retention',
    title: 'Retention and export',
    surveyResponsesMonths: {
      label: 'Keep raw survey answers (months)',
      hint: 'This many months after a survey closed, the individual answers are deleted; the results stay, as they were counted when it closed. Leave empty to keep everything.',
    },
    knowledgeResponsesMonths: {
      label: 'Keep raw knowledge-check answers (months)',
      hint: "This many months after a knowledge check closed, staff members' individual answers are deleted; the results (scores per scenario and department, and the number of participants) stay, as they were counted when it closed. Leave empty to keep everything.",
    },
    exportIntro:
      'An export file (JSON) holds everything of the organisation, for a backup or a move to another server. Passwords, sessions and secrets are left out. So are the answers to surveys and knowledge checks: a closed survey or check goes with its results as you see them now, an open one with none. So close them first when you move. Keep the file as carefully as the data itself.',
    export: 'Download export file',
  },
  mailCheck: {
    title: 'E-mail',
    intro:
      'Wegwijs mails survey invitations, check-in reminders and data breach alerts. Send yourself a test mail to see whether this installation’s mail settings work.',
    send: 'Send me a test mail',
    sent: 'Test mail sent to {{email}}. If it does not arrive, also look in the junk mail folder.',
  },
};
