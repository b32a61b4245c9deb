/**
 * A region check's, import's or export's outcome as text in Dutch or English: the plan (what is
 * added, changed, ended) with the names involved, or every problem on its own line, prefixed with
 * its sheet ("Blad Gremia: Rij 4, kolom Besluitregel: ...").
 */
import type { Language } from '../../i18n/catalog.ts';
import { t } from '../../i18n/index.ts';
import type { Change } from '../../domain/region/records.ts';
import type { RegionPlan } from '../../domain/region/region-plan.ts';
import type { RegionProblem } from '../../domain/region/workbook.ts';
import { roleName } from '../../i18n/format.ts';
import type { SeatFacts } from '../../domain/registry/words.ts';
import type { RegionRefused } from '../../services/registry/import-region.ts';

/** Problems about a whole sheet carry no row to point at: no sheet prefix either. */
const SHEET_LEVEL = new Set(['REGION_MISSING_SHEET', 'REGION_DUPLICATE_SHEET', 'REGION_EMPTY_SHEET']);

/** How many names a line lists before "and N more". */
const SHOWN = 8;

/** One problem as a sentence. */
export function regionProblemText(lang: Language, p: RegionProblem): string {
  const text = t(lang, p.code, { ...p.params, row: p.row, column: p.column });
  return SHEET_LEVEL.has(p.code) ? text : `${t(lang, 'REGION_SHEET_PREFIX', { sheet: p.sheet })}${text}`;
}

/** A refusal: the count, then every problem. */
export function regionRefusalText(lang: Language, error: RegionRefused, checkOnly = false): string {
  if (error.code !== 'REGION_REFUSED') return t(lang, error.code, error.params ?? {});
  const head = t(lang, checkOnly ? 'REGION_CHECK_REFUSED' : 'REGION_REFUSED', { count: error.problems.length });
  return [head, ...error.problems.map((p) => `- ${regionProblemText(lang, p)}`)].join('\n');
}

function listed(lang: Language, code: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, SHOWN);
  if (items.length > SHOWN) shown.push(t(lang, 'REGION_ITEMS_MORE', { count: items.length - SHOWN }));
  return [t(lang, code, { items: shown.join(', ') })];
}

/** The plan, one line per kind of record, with the names of what is added, changed or ended. */
export function regionPlanText(lang: Language, plan: RegionPlan, names: ReadonlyMap<string, string>, header: 'REGION_CHECK_OK' | 'REGION_PLAN'): string {
  const name = (id: string | null) => (id === null ? '' : (names.get(id) ?? id));
  const seat = (s: SeatFacts) => `${name(s.personId)} (${name(s.committeeId)}, ${roleName(lang, s.role)})`;
  const changedNames = <T>(changes: readonly Change<T>[], label: (x: T) => string) => changes.map((c) => label(c.after));
  const lines = [t(lang, header)];
  const o = plan.organisations;
  lines.push(t(lang, 'REGION_LINE_ORGANISATIONS', { added: o.added.length, changed: o.changed.length, unchanged: o.unchanged }));
  lines.push(...listed(lang, 'REGION_ITEMS_ADDED', o.added.map((x) => x.name)), ...listed(lang, 'REGION_ITEMS_CHANGED', changedNames(o.changed, (x) => x.name)));
  const c = plan.committees;
  lines.push(t(lang, 'REGION_LINE_COMMITTEES', { added: c.added.length, changed: c.changed.length, unchanged: c.unchanged }));
  lines.push(...listed(lang, 'REGION_ITEMS_ADDED', c.added.map((x) => x.code)), ...listed(lang, 'REGION_ITEMS_CHANGED', changedNames(c.changed, (x) => x.code)));
  const p = plan.people;
  lines.push(t(lang, 'REGION_LINE_PEOPLE', { added: p.added.length, changed: p.changed.length }));
  lines.push(...listed(lang, 'REGION_ITEMS_ADDED', p.added.map((x) => x.name)), ...listed(lang, 'REGION_ITEMS_CHANGED', changedNames(p.changed, (x) => x.name)));
  const s = plan.seats;
  lines.push(t(lang, 'REGION_LINE_SEATS', { added: s.added.length, changed: s.changed.length, ended: s.ended.length, removed: s.removed.length, unchanged: s.unchanged }));
  lines.push(
    ...listed(lang, 'REGION_ITEMS_ADDED', s.added.map(seat)),
    ...listed(lang, 'REGION_ITEMS_CHANGED', changedNames(s.changed, seat)),
    ...listed(lang, 'REGION_ITEMS_ENDED', [...s.ended.map((e) => seat(e.after)), ...s.removed.map(seat)]),
  );
  const m = plan.mandates;
  lines.push(t(lang, 'REGION_LINE_MANDATES', { added: m.added.length, changed: m.changed.length, ended: m.ended.length }));
  const mandate = (x: { personId: string; organisationId: string }) => `${name(x.personId)} (${name(x.organisationId)})`;
  lines.push(
    ...listed(lang, 'REGION_ITEMS_ADDED', m.added.map(mandate)),
    ...listed(lang, 'REGION_ITEMS_CHANGED', changedNames(m.changed, mandate)),
    ...listed(lang, 'REGION_ITEMS_ENDED', m.ended.map((e) => mandate(e.after))),
  );
  if (plan.meetings.added.length > 0) {
    lines.push(t(lang, 'REGION_LINE_MEETINGS', { added: plan.meetings.added.length }));
    lines.push(...listed(lang, 'REGION_ITEMS_ADDED', plan.meetings.added.map((x) => `${name(x.committeeId)} ${x.day}`)));
  }
  return lines.join('\n');
}
