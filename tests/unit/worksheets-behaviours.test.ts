import { describe, expect, it } from 'vitest';
import { BehaviourList, behaviourListMissing, emptyBehaviourList, vagueWords } from '#core/worksheets/behaviours.js';

describe('vagueWords', () => {
  it.each([
    ['Medewerkers zijn voorzichtig met e-mail', ['voorzichtig']],
    ['meer bewustwording', ['bewust']],
    ['Medewerkers zijn zich bewust van de risico’s', ['bewust']],
    ['let op bij het versturen van e-mail', ['opletten']],
    ['Verpleegkundigen letten op de ontvanger', ['opletten']],
    ['Goed opletten bij het printen', ['opletten']],
    ['Medewerkers zijn alert op phishing', ['alert']],
    ['Zorgvuldig omgaan met dossiers', ['zorgvuldig']],
    ['Nadenken voordat je klikt', ['nadenken']],
    ['Medewerkers denken na over wat ze delen', ['nadenken']],
    ['Medewerkers begrijpen de AVG', ['begrijpen']],
    ['Medewerkers kennen de regels', ['begrijpen']],
    ['Staff are careful with e-mail', ['careful']],
    ['Staff carefully check attachments', ['careful']],
    ['be careful', ['careful']],
    ['raise awareness', ['aware']],
    ['Staff are aware of phishing', ['aware']],
    ['pay attention', ['attention']],
    ['Paying attention to the recipient', ['attention']],
    ['Staff are mindful of privacy', ['mindful']],
    ['Staff understand the policy', ['understand']],
    ['Staff know the rules', ['understand']],
    ['Think about the recipient', ['understand']],
    ['Staff stay vigilant', ['vigilant']],
  ])('flags "%s"', (text, words) => {
    expect(vagueWords(text)).toEqual(words);
  });

  it('is case-insensitive', () => {
    expect(vagueWords('VOORZICHTIG ZIJN')).toEqual(['voorzichtig']);
    expect(vagueWords('Be Careful')).toEqual(['careful']);
  });

  it('lists several vague words at once, in its own fixed order', () => {
    expect(vagueWords('Staff are aware and careful, voorzichtig en alert')).toEqual(['voorzichtig', 'alert', 'careful', 'aware']);
  });

  it.each([
    'Verpleegkundigen controleren het adres voordat ze verzenden',
    'Staff lock the screen when leaving the workstation',
    'Update the careplan',
    'Medewerkers vergrendelen hun scherm met Windows+L als ze de werkplek verlaten',
    'Artsen versturen medische gegevens alleen via beveiligde mail',
    'Teamleiders melden een datalek binnen een uur bij de FG',
    'Staff report suspicious e-mails with the report button',
    '',
  ])('does not flag "%s"', (text) => {
    expect(vagueWords(text)).toEqual([]);
  });

  // Third-person singular and past tense are how a behaviour is usually written ("The nurse pays attention");
  // the pattern only knows "pay" and "paying" (src/core/worksheets/behaviours.ts, 'attention' pattern).
  it.each(['The nurse pays attention to the recipient', 'Staff paid attention to the address'])('flags "%s" as well', (text) => {
    expect(vagueWords(text)).toEqual(['attention']);
  });
});

describe('behaviourListMissing', () => {
  it('reports an empty list', () => {
    expect(behaviourListMissing(emptyBehaviourList())).toEqual([{ code: 'noBehaviours', field: 'behaviours' }]);
  });

  it('reports each behaviour without a description, with a 1-based number', () => {
    const list = {
      behaviours: [
        { id: 'a', description: 'Scherm vergrendelen', link: '' },
        { id: 'b', description: '  ', link: 'Verband' },
        { id: 'c', description: '', link: '' },
      ],
    };
    expect(behaviourListMissing(list)).toEqual([
      { code: 'behaviourDescription', field: 'behaviours.1.description', params: { n: 2 } },
      { code: 'behaviourDescription', field: 'behaviours.2.description', params: { n: 3 } },
    ]);
  });

  it('does not require the link to the problem', () => {
    expect(behaviourListMissing({ behaviours: [{ id: 'a', description: 'Scherm vergrendelen', link: '' }] })).toEqual([]);
  });
});

describe('BehaviourList schema', () => {
  it('accepts the empty start and refuses duplicate ids, NUL and unknown keys', () => {
    expect(BehaviourList.safeParse(emptyBehaviourList()).success).toBe(true);
    const b = { id: 'a', description: 'x', link: '' };
    expect(BehaviourList.safeParse({ behaviours: [b, b] }).error?.issues[0]).toMatchObject({ message: 'duplicateId', path: ['behaviours', 1, 'id'] });
    expect(BehaviourList.safeParse({ behaviours: [{ ...b, description: 'a\u0000' }] }).success).toBe(false);
    expect(BehaviourList.safeParse({ behaviours: [], x: 1 }).success).toBe(false);
  });
  it('allows at most 60 behaviours', () => {
    const many = (n: number) => ({ behaviours: Array.from({ length: n }, (_, i) => ({ id: `b${i}`, description: 'x', link: '' })) });
    expect(BehaviourList.safeParse(many(60)).success).toBe(true);
    expect(BehaviourList.safeParse(many(61)).success).toBe(false);
  });
});
