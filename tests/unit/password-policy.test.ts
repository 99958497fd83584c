import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '#core/password-policy.js';

const code = (password: string, context?: string[]) => checkPassword(password, context)?.code ?? null;

/** A varied text of exactly `length` characters (no repeated chunk, no run). */
const textOfLength = (length: number) =>
  'de kernploeg bespreekt elke dinsdag wat er in de zorg misging en wat er beter kan, met koffie en een plan voor morgen. '.repeat(3).slice(0, length);

describe('password length (NIST: length over complexity)', () => {
  it('refuses a password shorter than 15 characters and says how long it must be', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(15);
    expect(checkPassword('vijftien teken')).toEqual({ code: 'passwordTooShort', min: 15 });
    expect(code('')).toBe('passwordTooShort');
  });

  it('accepts exactly 15 characters', () => {
    expect(code('vijftien tekens')).toBeNull();
  });

  it('counts characters, not UTF-16 code units: 14 emoji are still too short', () => {
    const emoji = '😀😁😂🤣😃😄😅😆😉😊😋😎😍😘';
    expect(emoji.length).toBe(28);
    expect(code(emoji)).toBe('passwordTooShort');
  });

  it(`accepts ${PASSWORD_MAX_LENGTH} characters and refuses one more`, () => {
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(code(textOfLength(128))).toBeNull();
    expect(checkPassword(textOfLength(129))).toEqual({ code: 'passwordTooLong', max: 128 });
  });
});

describe('known passwords', () => {
  it.each(['passwordpassword', 'Wachtwoord12345', 'WelkomWelkomWelkom', 'correct horse battery staple', 'wegwijs123456789'])(
    'refuses the well-known %j',
    (password) => {
      expect(code(password)).toBe('passwordCommon');
    },
  );

  it('sees through spaces and capitals in a known password', () => {
    expect(code('Correct Horse Battery Staple')).toBe('passwordCommon');
    expect(code('  welkom welkom welkom  ')).toBe('passwordCommon');
  });
});

describe('repetitive passwords', () => {
  it.each([
    ['one character repeated', 'aaaaaaaaaaaaaaaa'],
    ['a short chunk repeated', 'abcabcabcabcabcabc'],
    ['a longer chunk repeated', 'zorg1!zorg1!zorg1!'],
    ['three characters mixed', 'ababcbabcbacbabcab'],
    ['the digits counting up, wrapping past 0', '123456789012345'],
    ['the digits counting down, wrapping past 0', '0987654321098765'],
    ['the alphabet', 'abcdefghijklmnopq'],
    ['the alphabet backwards', 'zyxwvutsrqponmlkj'],
    ['a qwerty keyboard run', 'asdfghjklzxcvbnm'],
    ['a qwerty keyboard run backwards', 'mnbvcxzlkjhgfdsa'],
    ['an azerty keyboard run', 'qsdfghjklmwxcvbn'],
  ])('refuses %s (%j)', (_, password) => {
    expect(code(password)).toBe('passwordRepetitive');
  });

  it('judges capitals the same as lower case', () => {
    expect(code('AbCdEfGhIjKlMnOp')).toBe('passwordRepetitive');
  });
});

describe('personal passwords', () => {
  const context = ['Jan Jansen', 'jan.jansen@zorg.nl', 'Zorggroep Noord'];

  it.each([
    ['the e-mail address itself', 'jan.jansen@zorg.nl'],
    ['the surname with a year', 'Jansen Jansen 2024'],
    ['the organisation name with a year', 'Zorggroep Noord 2024!'],
    ['name and organisation glued together', 'JansenZorggroepNoord'],
  ])('refuses %s', (_, password) => {
    expect(code(password, context)).toBe('passwordPersonal');
  });

  it('allows a personal word inside a long passphrase', () => {
    expect(code('ik fiets elke ochtend naar de zorgpost in Noord', context)).toBeNull();
  });

  it('ignores mail providers and short words when deciding what is personal', () => {
    expect(code('mijn gmail adres is niet geheim', ['Jo Ek', 'jo@gmail.com'])).toBeNull();
  });

  it('does not judge personal words when no context is given', () => {
    expect(code('Zorggroep Noord 2024!')).toBeNull();
  });
});

describe('accepted passphrases', () => {
  it.each([
    ['a sentence with spaces', 'paard batterij nietje correct'],
    ['Dutch diacritics', 'één kopje thee met honing, graag'],
    ['emoji and non-Latin script', 'ik drink 🍵 met 日本語 vrienden'],
    ['a long phrase with punctuation', 'Wie meldt een datalek binnen 72 uur? Wij!'],
  ])('accepts %s', (_, password) => {
    expect(checkPassword(password, ['Jan Jansen', 'jan@example.nl', 'Zorggroep Noord'])).toBeNull();
  });
});
