/**
 * Demo seats of the Steenwijkerland Inkoopnetwerk and Fysieke overlegtafel (seed 002, version 1.0 of
 * 21 November 2017). Every seat carries the party's named substitute (art. 5.2). The municipality's
 * contact chairs without a member seat: the parties' vote is advice to the municipality (art. 9.1).
 */
import type { OrganisationKey } from './organisations.ts';
import type { PersonKey } from './people.ts';
import { seatBuilder, type DemoSeat } from './types.ts';

const seat = seatBuilder<PersonKey, OrganisationKey>();
const START = '2018-01-01';

/** The providers that signed the framework agreement: [contact, substitute, party, from]. */
const SIGNATORIES = [
  ['arjen-dijkstra', 'jolanda-post', 'weerribben-zorg', START],
  ['marco-schippers', 'petra-de-jong', 'kop-van-overijssel-begeleiding', START],
  ['annemiek-brouwer', 'dennis-veenstra', 'thuiszorg-giethoorn', START],
  ['chantal-mulder', 'kees-bosma', 'jeugdpraktijk-steenwijk', '2020-01-01'],
  ['gerda-hoekstra', 'sjoerd-wierenga', 'de-eendenkooi', START],
  ['linda-zwart', 'harm-kloosterman', 'wonen-plus-oldemarkt', START],
] as const satisfies readonly (readonly [PersonKey, PersonKey, OrganisationKey, string])[];

/** Every Inkoopnetwerk and Fysieke overlegtafel seat. */
export const STEENWIJKERLAND_SEATS: readonly DemoSeat[] = [
  // Inkoopnetwerk: "Alle Partijen die de Raamovereenkomst ondertekenen, zijn lid" (art. 5.1).
  seat('INKOOP', 'CHAIR', 'jorien-van-der-meer', 'gemeente-steenwijkerland', START, null, 'bram-huisman'),
  ...SIGNATORIES.map(([contact, substitute, party, from]) => seat('INKOOP', 'MEMBER', contact, party, from, null, substitute)),
  seat('INKOOP', 'SECRETARY', 'marloes-visser', 'gemeente-steenwijkerland', START),

  // Fysieke overlegtafel: "een aantal grote, middelgrote en kleine aanbieders" (art. 7.4), evaluated
  // yearly; after the 2024 evaluation Jeugdpraktijk Steenwijk replaced Wonen Plus Oldemarkt.
  seat('FOT', 'CHAIR', 'jorien-van-der-meer', 'gemeente-steenwijkerland', START, null, 'bram-huisman'),
  seat('FOT', 'MEMBER', 'arjen-dijkstra', 'weerribben-zorg', START, null, 'jolanda-post'),
  seat('FOT', 'MEMBER', 'marco-schippers', 'kop-van-overijssel-begeleiding', START, null, 'petra-de-jong'),
  seat('FOT', 'MEMBER', 'annemiek-brouwer', 'thuiszorg-giethoorn', START, null, 'dennis-veenstra'),
  seat('FOT', 'MEMBER', 'linda-zwart', 'wonen-plus-oldemarkt', START, '2024-12-31', 'harm-kloosterman'),
  seat('FOT', 'MEMBER', 'chantal-mulder', 'jeugdpraktijk-steenwijk', '2025-01-01', null, 'kees-bosma'),
  seat('FOT', 'SECRETARY', 'marloes-visser', 'gemeente-steenwijkerland', START),
];
