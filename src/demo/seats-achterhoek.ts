/**
 * Demo seats of the Achterhoek KBO (seed 000), with the rotation of art. 6: "We starten in 2024 met
 * een vaste groep bestuurders ... De afvaardiging van 4 wethouders ... zal jaarlijks met 2 wethouders
 * rouleren." The first rotation was postponed to 2026 ("Mogelijk zal het eerste roulatiemoment worden
 * uitgesteld i.v.m. de nieuwe inkoop"); the next one is on 2027-01-01.
 *
 * Well-known facts for tests and demos:
 * - Gemeente Doetinchem: Gerrit Wolters 2024-01-01..2025-12-31, Miriam Kok from 2026-01-01.
 * - Two seats start in the future, on 2027-01-01 (Bronckhorst, Oost Gelre).
 */
import type { OrganisationKey } from './organisations.ts';
import type { PersonKey } from './people.ts';
import { seatBuilder, type DemoSeat } from './types.ts';

const seat = seatBuilder<PersonKey, OrganisationKey>();
const START = '2024-01-01';
const END_2025 = '2025-12-31';
const ROTATION_2026 = '2026-01-01';
const END_2026 = '2026-12-31';
const ROTATION_2027 = '2027-01-01';

/** Every KBO seat. */
export const ACHTERHOEK_SEATS: readonly DemoSeat[] = [
  // Four aldermen from the PoHo Sociaal, rotating two a year.
  seat('KBO', 'MEMBER', 'gerrit-wolters', 'gemeente-doetinchem', START, END_2025),
  seat('KBO', 'MEMBER', 'miriam-kok', 'gemeente-doetinchem', ROTATION_2026),
  seat('KBO', 'MEMBER', 'erwin-lubbers', 'gemeente-winterswijk', START, END_2025),
  seat('KBO', 'MEMBER', 'anja-heijink', 'gemeente-aalten', ROTATION_2026),
  seat('KBO', 'MEMBER', 'jeroen-wiggers', 'gemeente-berkelland', START, END_2026),
  seat('KBO', 'MEMBER', 'carla-nijenhuis', 'gemeente-bronckhorst', ROTATION_2027),
  seat('KBO', 'MEMBER', 'tim-roelofs', 'gemeente-oude-ijsselstreek', START, END_2026),
  seat('KBO', 'MEMBER', 'ellen-klein-gunnewiek', 'gemeente-oost-gelre', ROTATION_2027),

  // Provider directors, each "namens de eigen organisatie/coalitie" (art. 3); two rotated in 2026.
  seat('KBO', 'MEMBER', 'jan-de-vries', 'jeugdzorg-noord', START),
  seat('KBO', 'MEMBER', 'wim-oosterink', 'coalitie-jeugd-achterhoek', START),
  seat('KBO', 'MEMBER', 'marianne-kamphuis', 'kruispunt-wonen', START, END_2025),
  seat('KBO', 'MEMBER', 'ruben-lammers', 'hof-van-oost', ROTATION_2026),
  seat('KBO', 'MEMBER', 'bert-hulshof', 'thuisbegeleiding-achterhoek', START, END_2025),
  seat('KBO', 'MEMBER', 'noor-bulut', 'jong-perspectief', ROTATION_2026),

  // "Een agendacommissie met wisselende bezetting": one alderman and one director per term.
  seat('KBO', 'AGENDA_COMMITTEE', 'gerrit-wolters', 'gemeente-doetinchem', START, '2024-12-31'),
  seat('KBO', 'AGENDA_COMMITTEE', 'wim-oosterink', 'coalitie-jeugd-achterhoek', START, '2024-12-31'),
  seat('KBO', 'AGENDA_COMMITTEE', 'erwin-lubbers', 'gemeente-winterswijk', '2025-01-01', END_2025),
  seat('KBO', 'AGENDA_COMMITTEE', 'marianne-kamphuis', 'kruispunt-wonen', '2025-01-01', END_2025),
  seat('KBO', 'AGENDA_COMMITTEE', 'anja-heijink', 'gemeente-aalten', ROTATION_2026, '2026-06-30'),
  seat('KBO', 'AGENDA_COMMITTEE', 'wim-oosterink', 'coalitie-jeugd-achterhoek', ROTATION_2026, '2026-06-30'),
  seat('KBO', 'AGENDA_COMMITTEE', 'miriam-kok', 'gemeente-doetinchem', '2026-07-01', END_2026),
  seat('KBO', 'AGENDA_COMMITTEE', 'jan-de-vries', 'jeugdzorg-noord', '2026-07-01', END_2026),
  seat('KBO', 'AGENDA_COMMITTEE', 'carla-nijenhuis', 'gemeente-bronckhorst', ROTATION_2027, '2027-06-30'),
  seat('KBO', 'AGENDA_COMMITTEE', 'noor-bulut', 'jong-perspectief', ROTATION_2027, '2027-06-30'),

  // The SDA publishes agenda and minutes ("Op de website van SDA communiceren we").
  seat('KBO', 'SECRETARY', 'femke-hendriks', 'sda', START),
];
