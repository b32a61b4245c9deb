/** All demo people, the administrator, and the union of their keys that seats and mandates must use. */
import { ACHTERHOEK_ALDERMEN, ACHTERHOEK_DIRECTORS, ACHTERHOEK_STAFF } from './people-achterhoek.ts';
import {
  FLEVOLAND_CONTROLLERS,
  FLEVOLAND_DIRECTORS,
  FLEVOLAND_OPERATIONS_STAFF,
  FLEVOLAND_PORTFOLIO_HOLDERS,
  FLEVOLAND_STAFF,
} from './people-flevoland.ts';
import {
  SEGMENT1_ALDERMEN,
  SEGMENT1_COMBINATION_STAFF,
  SEGMENT1_DIRECTORS,
  SEGMENT1_OFFICERS,
} from './people-segment1.ts';
import { STEENWIJKERLAND_CONTACTS, STEENWIJKERLAND_STAFF } from './people-steenwijkerland.ts';
import type { DemoPerson } from './types.ts';

/** The one administrator, who may change every committee. */
export const DEMO_ADMIN: DemoPerson<'beheerder-gremium'> = {
  key: 'beheerder-gremium',
  name: 'Beheerder Gremium',
  email: 'beheer@gremium.example',
  language: null,
  isAdmin: true,
  organisation: null,
};

/** Every demo person. */
export const DEMO_PEOPLE = [
  DEMO_ADMIN,
  ...SEGMENT1_ALDERMEN,
  ...SEGMENT1_DIRECTORS,
  ...SEGMENT1_COMBINATION_STAFF,
  ...SEGMENT1_OFFICERS,
  ...ACHTERHOEK_ALDERMEN,
  ...ACHTERHOEK_DIRECTORS,
  ...ACHTERHOEK_STAFF,
  ...STEENWIJKERLAND_CONTACTS,
  ...STEENWIJKERLAND_STAFF,
  ...FLEVOLAND_PORTFOLIO_HOLDERS,
  ...FLEVOLAND_DIRECTORS,
  ...FLEVOLAND_CONTROLLERS,
  ...FLEVOLAND_OPERATIONS_STAFF,
  ...FLEVOLAND_STAFF,
] as const;

/** The key of a demo person (`'jan-de-vries'`). */
export type PersonKey = (typeof DEMO_PEOPLE)[number]['key'];
