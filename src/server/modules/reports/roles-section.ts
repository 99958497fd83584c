import { ROLE_LABELS } from '#content/steps/roles.js';
import { VERI, type RoleEntry } from '#core/role-table.js';
import type { Block } from '../../export/document.js';
import { p, table, type Context } from './sections.js';

/** The who-does-what table of every step in one table, and whether the team made it its own. */
export function rolesSection(c: Context): Block[] {
  const label = (e: RoleEntry) => ('role' in e ? ROLE_LABELS[e.role][c.locale] : e.text);
  const cols = c.t.roles.columns;
  const custom = c.data.roleTables.filter((r) => r.custom).map((r) => c.t.step(r.step));
  return [
    table(
      [cols.step, ...VERI.map((column) => cols[column])],
      c.data.roleTables.map((r) => [String(r.step), ...VERI.map((column) => r.table[column].map(label).join(', ') || c.t.none)]),
    ),
    p(custom.length === 0 ? c.t.roles.allDefault : c.t.roles.someCustom(c.t.list(custom))),
  ];
}
