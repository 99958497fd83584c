/**
 * Password rules after NIST SP 800-63B (rev. 4): length over complexity. At least 15 characters
 * for a password that is the only factor, at least 64 allowed, any characters including spaces,
 * no composition rules and no forced rotation; instead refuse known, repetitive and personal ones.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem =
  | { code: 'passwordTooShort'; min: number }
  | { code: 'passwordTooLong'; max: number }
  | { code: 'passwordCommon' }
  | { code: 'passwordRepetitive' }
  | { code: 'passwordPersonal' };

/** Frequent passwords and their long variants (lower-case); a blocklist, not a complexity rule. */
const COMMON = new Set([
  'passwordpassword',
  'password1234567',
  'password12345678',
  'password123456789',
  'wachtwoordwachtwoord',
  'wachtwoord12345',
  'wachtwoord123456',
  'welkomwelkomwelkom',
  'welkom123456789',
  'welcome123456789',
  'qwertyuiopasdfgh',
  'qwertyuiopasdfghjkl',
  'qwertyuiop123456',
  'azertyuiopqsdfgh',
  'iloveyouiloveyou',
  'letmeinletmein',
  'letmeinletmein123',
  'administrator123',
  'administrator1234',
  'adminadminadmin',
  'zorgzorgzorgzorg',
  'ziekenhuis12345',
  'ziekenhuis123456',
  'wegwijs123456789',
  'informatieveilig',
  'informatiebeveiliging',
  'privacyprivacyprivacy',
  'changemechangeme',
  'trustno1trustno1',
  'correcthorsebatterystaple',
  'correct horse battery staple',
  'monkeymonkeymonkey',
  'dragondragondragon',
  'footballfootball',
  'sunshinesunshine',
  'princessprincess',
  'baseballbaseball',
  'superman12345678',
  'zomer2024zomer2024',
  'winter2024winter2024',
  'voorjaar2025voorjaar',
  'najaar2025najaar',
]);

// Each run is cyclic (repeated below), so the digits must not repeat their 0: '…890' wraps to '0123…'.
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm', 'azertyuiopqsdfghjklmwxcvbn'];

function isRepetitive(pw: string): boolean {
  const lower = pw.toLowerCase();
  if (new Set(lower).size <= 3) return true;
  // The whole password is one short chunk repeated ("abcabcabcabcabc").
  for (let size = 1; size <= lower.length / 3; size++) {
    if (lower.length % size === 0 && lower.slice(0, size).repeat(lower.length / size) === lower) return true;
  }
  // Mostly a run along the alphabet, digits or the keyboard.
  return SEQUENCES.some((seq) => {
    // Repeated often enough that a run of any length, starting anywhere, lies inside it.
    const cycle = seq.repeat(Math.ceil(lower.length / seq.length) + 1);
    return cycle.includes(lower) || [...cycle].reverse().join('').includes(lower);
  });
}

/**
 * The first problem with a new password, or null when it is acceptable. `context` holds words the
 * password must not be built on: the user's name, e-mail address and organisation name.
 */
export function checkPassword(password: string, context: readonly string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { code: 'passwordTooShort', min: PASSWORD_MIN_LENGTH };
  if (length > PASSWORD_MAX_LENGTH) return { code: 'passwordTooLong', max: PASSWORD_MAX_LENGTH };
  const normalised = password.toLowerCase().trim();
  if (COMMON.has(normalised) || COMMON.has(normalised.replace(/\s+/g, ''))) return { code: 'passwordCommon' };
  if (isRepetitive(password)) return { code: 'passwordRepetitive' };
  const words = context
    .flatMap((c) => c.toLowerCase().split(/[\s@.\-_]+/))
    .filter((w) => w.length >= 4 && !['gmail', 'hotmail', 'outlook', 'example', 'mail'].includes(w))
    // Longest first, so a short word ("zorg") does not break up a longer one ("zorggroep") before it is removed.
    .sort((a, b) => b.length - a.length);
  // Personal words are fine inside a long passphrase, not as most of it.
  const stripped = words.reduce((rest, w) => rest.split(w).join(''), normalised);
  if (words.length > 0 && [...stripped.replace(/[^\p{L}\p{N}]/gu, '')].length < 8) return { code: 'passwordPersonal' };
  return null;
}
