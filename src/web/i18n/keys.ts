import type { ParseKeys } from 'i18next';

/** Every key of the staff app's texts ('common.save', …), as `t` checks them (i18next.d.ts). */
export type TextKey = ParseKeys;

type PrefixesOf<Key> = Key extends `${infer Head}.${infer Tail}` ? Head | `${Head}.${PrefixesOf<Tail>}` : never;
/** Every 'a' and 'a.b' that holds texts. */
export type TextPrefix = PrefixesOf<TextKey>;

/** The prefixes that hold a text `Leaf`: `TextsWith<'remove'>` is every 'a.b' with an 'a.b.remove'. */
export type TextsWith<Leaf extends string> = TextKey extends infer Key ? (Key extends `${infer Prefix}.${Leaf}` ? Prefix : never) : never;

/** The names of the texts under `Prefix`: `TextsUnder<'breaches.index'>` is 'label' | 'deadline' | …. */
export type TextsUnder<Prefix extends TextPrefix> = TextKey extends infer Key ? (Key extends `${Prefix}.${infer Name}` ? Name : never) : never;

/**
 * The key of a text that data from the server names under `prefix` (a refusal's code, a field's
 * name): only the prefix is checked here. A name without a text shows as its key, as any missing text does.
 */
export const keyUnder = (prefix: TextPrefix, name: string) => `${prefix}.${name}` as TextKey;
