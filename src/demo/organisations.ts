/** All demo organisations, and the union of their keys that people, seats and mandates must use. */
import {
  ACHTERHOEK_MUNICIPALITIES,
  FLEVOLAND_MUNICIPALITIES,
  REGIONAL_BODIES,
  SEGMENT1_MUNICIPALITIES,
  STEENWIJKERLAND,
} from './organisations-public.ts';
import {
  ACHTERHOEK_COMBINATIONS,
  ACHTERHOEK_PROVIDERS,
  SEGMENT1_COMBINATIONS,
  SEGMENT1_PROVIDERS,
  STEENWIJKERLAND_PROVIDERS,
} from './organisations-providers.ts';

/** Every demo organisation; combinations come after the providers they contain. */
export const DEMO_ORGANISATIONS = [
  ...SEGMENT1_MUNICIPALITIES,
  ...ACHTERHOEK_MUNICIPALITIES,
  ...FLEVOLAND_MUNICIPALITIES,
  STEENWIJKERLAND,
  ...REGIONAL_BODIES,
  ...SEGMENT1_PROVIDERS,
  ...ACHTERHOEK_PROVIDERS,
  ...STEENWIJKERLAND_PROVIDERS,
  ...SEGMENT1_COMBINATIONS,
  ...ACHTERHOEK_COMBINATIONS,
] as const;

/** The key of a demo organisation (`'gemeente-almere'`, `'combinatie-noord'`). */
export type OrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];
