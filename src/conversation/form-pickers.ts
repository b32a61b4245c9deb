/**
 * The forms' pickers (issue 18) as neutral data: the choices a committee, role, organisation or
 * person picker shows, and what a picked value stands for on the command line. Platforms draw them
 * (Slack select menus, Teams Input.ChoiceSet) and decide nothing.
 *
 * A committee is picked by its code, an organisation by its name and a role by its word in the
 * asker's language: the command line takes each as typed. A person is picked by their registry id,
 * so no address travels in a client's payload, and named on the command line as typing would name
 * them: by name, or by e-mail where two people share the name. The same resolution and the same
 * refusals then follow as for a typed form.
 */
import { nameKey, suggest } from '../domain/names.ts';
import { SEAT_ROLES } from '../domain/registry/words.ts';
import type { Language } from '../i18n/catalog.ts';
import { roleName } from '../i18n/format.ts';
import type { Catalog } from '../services/registry/registry-catalog.ts';
import type { PersonHit } from '../services/registry/search-people.ts';
import type { FieldInput, Form } from './forms.ts';
import { ROLE_INPUT } from './registry/roles.ts';

/** One entry of a picker: what is submitted, and what it shows. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** What a picker that fills while the user types asks for (Slack options request, Teams Data.Query dataset). */
export type PickerDataset = 'people' | 'organisations' | 'committees';

/** The dataset a field's picker searches while the user types, or null for a picker with a fixed list or none. */
export function datasetOf(input: FieldInput): PickerDataset | null {
  if (input === 'person') return 'people';
  if (input === 'organisation') return 'organisations';
  return null;
}

/** The most entries a searched picker offers at once. */
const MAX_SEARCHED = 25;

/** Every seat role, by its word in `lang` (one the grammar takes), labelled in `lang`. */
export function roleChoices(lang: Language): Choice[] {
  return SEAT_ROLES.map((role) => {
    const word = roleName(lang, role);
    const typed = [word, word.replace(/ /g, '-')].find((w) => ROLE_INPUT[w] === role)
      ?? Object.keys(ROLE_INPUT).find((w) => ROLE_INPUT[w] === role)!;
    return { value: typed, label: word };
  });
}

/** The organisations whose name or alias matches `query` (the first ones by name when it is empty). */
export function organisationChoices(catalog: Catalog, query = ''): Choice[] {
  const hits = nameKey(query) === ''
    ? [...catalog.organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl')).slice(0, MAX_SEARCHED)
    : suggest(catalog.organisations, query, MAX_SEARCHED).map((s) => s.item);
  return hits.map((o) => ({ value: o.name, label: o.name }));
}

const committeeLabel = (c: { code: string; name: string }) => (nameKey(c.name) === nameKey(c.code) ? c.code : `${c.code} · ${c.name}`);

/** Every committee, by code; with `query`, those whose code, name or alias matches it. */
export function committeeChoices(catalog: Catalog, query = ''): Choice[] {
  const hits = nameKey(query) === '' ? catalog.committees : suggest(catalog.committees, query, catalog.committees.length).map((s) => s.item);
  const sorted = nameKey(query) === '' ? [...hits].sort((a, b) => a.code.localeCompare(b.code, 'nl')) : hits;
  return sorted.map((c) => ({ value: c.code, label: committeeLabel(c) }));
}

/** People found by the person picker's search: name and employer, never an address. */
export function personChoices(hits: readonly PersonHit[]): Choice[] {
  return hits.map((p) => ({ value: p.id, label: p.organisation ? `${p.name} (${p.organisation})` : p.name }));
}

/** What a picked value shows when a form is drawn again with it (the person's name for their id); the value itself otherwise. */
export function pickedLabel(catalog: Catalog, input: FieldInput, value: string): string {
  if (input === 'person') return catalog.people.find((p) => p.id === value)?.name ?? value;
  if (input === 'committee') {
    const committee = catalog.committees.find((c) => c.code === value);
    return committee ? committeeLabel(committee) : value;
  }
  return value;
}

/**
 * The submitted values with every picked person named as typing would name them; anything else (a
 * committee's code, a date, typed text, a name typed into an older form) is left as it came.
 */
export function pickedValues(form: Form, values: Readonly<Record<string, string>>, catalog: Catalog): Record<string, string> {
  const out: Record<string, string> = { ...values };
  for (const field of form.fields) {
    const value = values[field.id];
    if (field.input !== 'person' || !value) continue;
    const person = catalog.people.find((p) => p.id === value);
    if (!person) continue;
    const namesake = (catalog.index.people.get(nameKey(person.name)) ?? []).length > 1;
    out[field.id] = namesake && person.email ? person.email : person.name;
  }
  return out;
}
