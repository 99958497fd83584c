import { describe, expect, it } from 'vitest';
import { ApDetails } from '#core/breach/ap-details.js';
import { apDetailsFilled, firstRunChecklist, type FirstRunFacts } from '#core/first-run.js';

const blank = ApDetails.parse({});
const complete = ApDetails.parse({ address: 'Dorpsstraat 1, Tiel', kvkNumber: '12345678', contactName: 'Privacyloket', contactEmail: 'privacy@zorg.test' });
const facts = (patch: Partial<FirstRunFacts> = {}): FirstRunFacts => ({
  accounts: 1,
  privacyOfficers: 0,
  breachLinkShared: false,
  apDetails: blank,
  programmes: 0,
  ...patch,
});
const done = (f: FirstRunFacts) =>
  firstRunChecklist(f, false)
    .items.filter((i) => i.done)
    .map((i) => i.item);

describe('apDetailsFilled', () => {
  it('asks for the address, the KvK number and a contact person with an e-mail address or a phone number', () => {
    expect(apDetailsFilled(complete)).toBe(true);
    expect(apDetailsFilled({ ...complete, contactEmail: '', contactPhone: '0344 123456' })).toBe(true);
    for (const gap of ['address', 'kvkNumber', 'contactName', 'contactEmail'] as const) expect(apDetailsFilled({ ...complete, [gap]: '  ' }), gap).toBe(false);
    expect(apDetailsFilled(blank)).toBe(false);
  });

  it('does not ask for the FG: not every care provider must have one', () => {
    expect(apDetailsFilled({ ...complete, dpoName: '', dpoRegistrationNumber: '' })).toBe(true);
  });
});

describe('firstRunChecklist', () => {
  it('a new organisation has its five items in order, none done, and shows the list', () => {
    expect(firstRunChecklist(facts(), false)).toEqual({
      items: ['colleagues', 'privacyOfficer', 'breachLink', 'apDetails', 'programme'].map((item) => ({ item, done: false })),
      show: true,
    });
  });

  it('colleagues are done from a second account; the privacy role from its first holder, who may be the admin', () => {
    expect(done(facts({ accounts: 2 }))).toEqual(['colleagues']);
    expect(done(facts({ privacyOfficers: 1 }))).toEqual(['privacyOfficer']);
  });

  it('each other item follows its own fact', () => {
    expect(done(facts({ breachLinkShared: true }))).toEqual(['breachLink']);
    expect(done(facts({ apDetails: complete }))).toEqual(['apDetails']);
    expect(done(facts({ programmes: 1 }))).toEqual(['programme']);
  });

  it('is no longer shown once everything is done, or once put away', () => {
    const all = facts({ accounts: 3, privacyOfficers: 1, breachLinkShared: true, apDetails: complete, programmes: 2 });
    expect(firstRunChecklist(all, false).show).toBe(false);
    expect(firstRunChecklist(facts(), true).show).toBe(false);
  });
});
