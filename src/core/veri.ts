/**
 * The Wegwijzer's "wie doet wat" table per step, in its VERI form: verantwoordelijk (does the
 * work), eindverantwoordelijk (answers for it), raadplegen (asked before), informeren (told after).
 * The content gives a default per step; a team fills in its own (Wegwijzer informatieveilig
 * gedrag, IVGZ, role table per step). Apart from role-table.ts and its schemas, so the step content
 * needs no Zod in the browser (issue 18, weight: 26 kB of gzip on the programme list).
 */
export const VERI = ['responsible', 'accountable', 'consulted', 'informed'] as const;
export type VeriColumn = (typeof VERI)[number];
