import { describe, expect, it } from 'vitest';
import { containsLink, invitationAllowance, InvitationMessage } from '#core/survey/invitations.js';
import { invitationMail } from '#server/modules/surveys/invitation-mail.js';

describe('what counts as a link in an invitation', () => {
  it('finds what mail programs turn into links, and what a reader would type', () => {
    for (const text of [
      'https://inlog.example.org',
      'ga naar HTTP://x',
      'hxxp://evil en ftp://bestanden',
      'www.example.org',
      'WWW.Example',
      'inlog-portaal.nl/wachtwoord',
      'mijn.zorggroep.nl',
      'mail helpdesk@example.org',
      'anna@intranet',
      // Full-width letters and dots fold to plain ones (NFKC); the ideographic full stop counts as a dot.
      'Ｗｗｗ．example．org',
      'inlog。example。org',
      'zorg.Portaal',
    ])
      expect(containsLink(text), text).toBe(true);
  });

  it('leaves ordinary sentences, abbreviations and numbers alone', () => {
    for (const text of [
      'Doe je mee? Het kost vijf minuten.',
      'Dank je wel. Groet, Anna',
      'Bespreek het o.a. in het teamoverleg, t.a.v. de afdeling, z.s.m. en i.v.m. de planning.',
      'Versie 2.0, om 9.30 uur, 1.500 collega’s',
      'Vragen? Bel 020-1234567.',
      '',
    ])
      expect(containsLink(text), text).toBe(false);
  });

  it('the message is at most 500 characters, and refused with a link', () => {
    expect(InvitationMessage.safeParse('x'.repeat(500)).success).toBe(true);
    expect(InvitationMessage.safeParse('x'.repeat(501)).success).toBe(false);
    expect(InvitationMessage.safeParse('Zie www.example.org').error?.issues[0]?.message).toBe('linkNotAllowed');
  });
});

describe("today's allowance", () => {
  it("is the organisation's setting within the operator's maximum, never below nothing", () => {
    expect(invitationAllowance(500, 2000, 120)).toEqual({ perDay: 500, max: 2000, usedToday: 120, remaining: 380 });
    expect(invitationAllowance(5000, 2000, 0)).toMatchObject({ perDay: 2000, remaining: 2000 });
    // The admin lowered the limit after more had gone out today.
    expect(invitationAllowance(100, 2000, 300)).toMatchObject({ perDay: 100, remaining: 0 });
  });
});

describe('the invitation mail', () => {
  it("quotes the team's words line by line below Wegwijs's own text, and ends with the one link", () => {
    const mail = invitationMail('en', {
      to: 'a@example.org',
      title: 'Safe mail',
      organisation: 'Zorggroep Oost',
      link: 'https://wegwijs.test/s/abc?t=x',
      message: ' Join us?\n\nAnna ',
    });
    expect(mail.text).toMatch(/^Zorggroep Oost asks you/);
    expect(mail.text).toContain('\n\nA message from the team:\n> Join us?\n>\n> Anna\n\n');
    expect(mail.text.match(/https?:\/\/\S+/g)).toEqual(['https://wegwijs.test/s/abc?t=x']);
    expect(invitationMail('nl', { to: 'a@example.org', title: 'T', organisation: 'O', link: 'https://l', message: '  ' }).text).not.toContain(
      'bericht van het team',
    );
  });
});
