/**
 * The demo data set loaded on the first start of an empty database (src/services/registry/load-demo-data.ts):
 * the committees of DOMAIN.md with realistic, invented members. Pure data, no database.
 */
import { DEMO_COMMITTEES } from './committees.ts';
import { DEMO_MANDATES } from './mandates.ts';
import { DEMO_ORGANISATIONS } from './organisations.ts';
import { DEMO_PEOPLE } from './people.ts';
import { ACHTERHOEK_SEATS } from './seats-achterhoek.ts';
import { FLEVOLAND_SEATS } from './seats-flevoland.ts';
import { SEGMENT1_SEATS } from './seats-segment1.ts';
import { STEENWIJKERLAND_SEATS } from './seats-steenwijkerland.ts';
import type { DemoCommittee, DemoMandate, DemoOrganisation, DemoPerson, DemoSeat } from './types.ts';

export { COMMITTEE_CODES, type CommitteeCode } from './types.ts';
export type { DemoCommittee, DemoMandate, DemoOrganisation, DemoPerson, DemoSeat } from './types.ts';

/** The whole demo set, rows referring to each other by key. */
export interface DemoData {
  readonly organisations: readonly DemoOrganisation[];
  readonly people: readonly DemoPerson[];
  readonly committees: readonly DemoCommittee[];
  readonly seats: readonly DemoSeat[];
  readonly mandates: readonly DemoMandate[];
}

/** The demo set of DOMAIN.md's committees. */
export const DEMO_DATA: DemoData = {
  organisations: DEMO_ORGANISATIONS,
  people: DEMO_PEOPLE,
  committees: DEMO_COMMITTEES,
  seats: [...SEGMENT1_SEATS, ...ACHTERHOEK_SEATS, ...STEENWIJKERLAND_SEATS, ...FLEVOLAND_SEATS],
  mandates: DEMO_MANDATES,
};

/** The "today" the demo's stories are told from (the KBO rotation, future seats): 25 November 2026. */
export const DEMO_REFERENCE_DAY = '2026-11-25';

/** The database id of a row, readable and stable across loads: `org_combinatie-noord`, `person_jan-de-vries`. */
export const demoId = {
  organisation: (key: string): string => `org_${key}`,
  person: (key: string): string => `person_${key}`,
  committee: (code: string): string => `committee_${code.toLowerCase()}`,
  seat: (s: DemoSeat): string => `seat_${s.committee.toLowerCase()}_${s.person}_${s.role.toLowerCase()}_${s.from}`,
  mandate: (key: string): string => `mandate_${key}`,
} as const;
