/**
 * The demo region: the committees of DOMAIN.md with realistic, invented members, kept as a region
 * workbook in the repository (demo/region, one .csv per sheet) and loaded through the same code as
 * any region's own workbook (`gremium region import`). This module only says where it is and how
 * its rows get the readable, stable ids that tests and examples use.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NewId } from '../domain/region/region-plan.ts';

/** The demo workbook: a folder of .csv files named after the sheets. */
export const DEMO_WORKBOOK = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo/region');

/** The "today" the demo's stories are told from (the KBO rotation, future seats): 25 November 2026. */
export const DEMO_REFERENCE_DAY = '2026-11-25';

/** A name as an id part: "Jan de Vries" -> "jan-de-vries", "Gemeente Bergen (L.)" -> "gemeente-bergen-l". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The database id of a demo row, readable and stable across loads: `person_jan-de-vries`, `committee_bosd`. */
export const demoId = {
  organisation: (name: string): string => `org_${slug(name)}`,
  /** By the person's name as a slug: `demoId.person('jan-de-vries')`. */
  person: (key: string): string => `person_${slug(key)}`,
  committee: (code: string): string => `committee_${code.toLowerCase()}`,
  mandate: (hint: string): string => `mandate_${hint.split('--').map(slug).join('--')}`,
} as const;

/** Id maker for loading the demo workbook: readable ids from names and codes, numbered ones for seats. */
export function demoIds(): NewId {
  let seats = 0;
  return (kind, hint) => {
    if (kind === 'organisation') return demoId.organisation(hint);
    if (kind === 'committee') return demoId.committee(hint);
    if (kind === 'person' && hint !== '') return demoId.person(hint);
    if (kind === 'mandate' && hint !== '') return demoId.mandate(hint);
    seats += 1;
    return `${kind}_demo_${String(seats).padStart(3, '0')}`;
  };
}
