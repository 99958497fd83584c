/**
 * The part of Dutch care an organisation works in. It decides one thing: the word our texts use for
 * the person who receives the organisation's care. Forensic care is a sector of its own because
 * forensic clinics are organisations of their own with their own word (below), and the knowledge
 * check already has forensic situations (core/knowledge/definition.ts CARE_SETTINGS).
 */
export const SECTORS = ['hospital', 'vvt', 'ggz', 'disability', 'forensic'] as const;
export type Sector = (typeof SECTORS)[number];

/** Organisations from before the choice, and a demo without WEGWIJS_DEMO_SECTOR: the word the content was written with. */
export const DEFAULT_SECTOR: Sector = 'hospital';

const isSector = (value: unknown): value is Sector => typeof value === 'string' && (SECTORS as readonly string[]).includes(value);

/** A stored value read back: an unknown one (never written by us) falls back to the default. */
export const readSector = (value: unknown): Sector => (isSector(value) ? value : DEFAULT_SECTOR);

export type CareRecipient = 'patient' | 'client';

/**
 * The word each sector uses, after the sector's own quality standards and laws:
 * - hospital: patiënt, the Wgbo's word for whoever has a treatment agreement (BW art. 7:446 ff.).
 * - vvt: cliënt, as in the Kwaliteitskader Verpleeghuiszorg (Zorginstituut Nederland, 2017): "wat
 *   cliënten en hun naasten mogen verwachten".
 * - ggz: patiënt. Both words are in use; we follow Akwa GGZ, which keeps the GGZ Standaarden and
 *   writes "patiënt" throughout (akwaggz.nl, "Kwaliteitsstandaarden"), and the Wgbo, which governs
 *   treatment in the ggz too.
 * - disability: cliënt, as in the Kwaliteitskader Gehandicaptenzorg 2017–2022 (VGN; now the
 *   Kwaliteitskompas 2023–2028): "ervaringen van cliënten".
 * - forensic: patiënt, the Wet forensische zorg's own term ("forensische patiënt", art. 1.1).
 */
export const CARE_RECIPIENT: Record<Sector, CareRecipient> = {
  hospital: 'patient',
  vvt: 'client',
  ggz: 'patient',
  disability: 'client',
  forensic: 'patient',
};

/**
 * The placeholders content writes where it means "the person receiving this organisation's care",
 * with what each becomes. Dutch and English have their own, so a text needs no language to be
 * filled. Compounds take the placeholder as their first part ("{patiënt}gegevens",
 * "{patiënten}dossier", "{patient} record"): both words compound the same way. Articles need no
 * placeholder: de patiënt / de cliënt, a patient / a client.
 */
export const SECTOR_PLACEHOLDERS = {
  '{patiënt}': { patient: 'patiënt', client: 'cliënt' },
  '{patiënten}': { patient: 'patiënten', client: 'cliënten' },
  '{Patiënt}': { patient: 'Patiënt', client: 'Cliënt' },
  '{Patiënten}': { patient: 'Patiënten', client: 'Cliënten' },
  '{patient}': { patient: 'patient', client: 'client' },
  '{patients}': { patient: 'patients', client: 'clients' },
  '{Patient}': { patient: 'Patient', client: 'Client' },
  '{Patients}': { patient: 'Patients', client: 'Clients' },
} as const satisfies Record<string, Record<CareRecipient, string>>;
type SectorPlaceholder = keyof typeof SECTOR_PLACEHOLDERS;

const PLACEHOLDER_PATTERN = new RegExp(
  Object.keys(SECTOR_PLACEHOLDERS)
    .map((p) => p.replace(/[{}]/g, '\\$&'))
    .join('|'),
  'gu',
);

/** A text with the sector's word in place of every placeholder. */
export function inSector(text: string, sector: Sector): string {
  const recipient = CARE_RECIPIENT[sector];
  return text.replace(PLACEHOLDER_PATTERN, (p) => SECTOR_PLACEHOLDERS[p as SectorPlaceholder][recipient]);
}

/**
 * Every string in plain data (a LocalizedText, a scenario, a seeded worksheet) with the sector's
 * word filled in; the shape stays as it is.
 */
export function allInSector<T>(value: T, sector: Sector): T {
  if (typeof value === 'string') return inSector(value, sector) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => allInSector(item, sector)) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, allInSector(item, sector)])) as T;
  return value;
}
