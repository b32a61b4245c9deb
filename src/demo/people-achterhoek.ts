/**
 * Demo people of the Achterhoek KBO (seed 000): aldermen of the PoHo Sociaal (current, past and
 * future, for the yearly rotation), provider directors and the SDA's secretary. All invented.
 */
import type { OrganisationKey } from './organisations.ts';
import { personBuilder } from './types.ts';

const person = personBuilder<OrganisationKey>();

/** Aldermen from the PoHo Sociaal; "jaarlijks met 2 wethouders rouleren". */
export const ACHTERHOEK_ALDERMEN = [
  // Doetinchem: Gerrit Wolters until 2025-12-31, Miriam Kok from 2026-01-01.
  person('gerrit-wolters', 'Gerrit Wolters', 'gerrit.wolters@doetinchem.example', 'gemeente-doetinchem'),
  person('miriam-kok', 'Miriam Kok', 'miriam.kok@doetinchem.example', 'gemeente-doetinchem'),
  // Winterswijk hands its place to Aalten on 2026-01-01.
  person('erwin-lubbers', 'Erwin Lubbers', 'erwin.lubbers@winterswijk.example', 'gemeente-winterswijk'),
  person('anja-heijink', 'Anja Heijink', 'anja.heijink@aalten.example', 'gemeente-aalten'),
  // Berkelland and Oude IJsselstreek hand over to Bronckhorst and Oost Gelre on 2027-01-01.
  person('jeroen-wiggers', 'Jeroen Wiggers', 'jeroen.wiggers@berkelland.example', 'gemeente-berkelland'),
  person('carla-nijenhuis', 'Carla Nijenhuis', 'carla.nijenhuis@bronckhorst.example', 'gemeente-bronckhorst'),
  person('tim-roelofs', 'Tim Roelofs', 'tim.roelofs@oude-ijsselstreek.example', 'gemeente-oude-ijsselstreek'),
  person('ellen-klein-gunnewiek', 'Ellen Klein Gunnewiek', 'ellen.kleingunnewiek@oostgelre.example', 'gemeente-oost-gelre'),
] as const;

/** Provider directors; "jaarlijks met 2 a 3 bestuurders rouleren". Jan de Vries is in people-segment1.ts. */
export const ACHTERHOEK_DIRECTORS = [
  person('wim-oosterink', 'Wim Oosterink', 'wim.oosterink@berkelzorg.example', 'berkelzorg'),
  person('marianne-kamphuis', 'Marianne Kamphuis', 'marianne.kamphuis@kruispuntwonen.example', 'kruispunt-wonen'),
  person('ruben-lammers', 'Ruben Lammers', 'ruben.lammers@hofvanoost.example', 'hof-van-oost'),
  person('bert-hulshof', 'Bert Hulshof', 'bert.hulshof@thuisbegeleiding-achterhoek.example', 'thuisbegeleiding-achterhoek'),
  person('noor-bulut', 'Noor Bulut', 'noor.bulut@jongperspectief.example', 'jong-perspectief'),
] as const;

/** The KBO's secretary at the SDA, who publishes agenda and minutes on the SDA website. */
export const ACHTERHOEK_STAFF = [
  person('femke-hendriks', 'Femke Hendriks', 'femke.hendriks@sociaaldomeinachterhoek.example', 'sda'),
] as const;
