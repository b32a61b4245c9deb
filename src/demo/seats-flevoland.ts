/**
 * Demo seats of the Flevoland regional cooperation (seed 004, Inrichtingsplan 2021/2022): BOSD,
 * DOSD, Control overleg and Overleg Bedrijfsvoering. Officials sit from 2021-01-01; the portfolio
 * holders from 2022-06-01, after the colleges formed following the March 2022 elections.
 */
import type { OrganisationKey } from './organisations.ts';
import type { PersonKey } from './people.ts';
import { seatBuilder, type DemoSeat } from './types.ts';

const seat = seatBuilder<PersonKey, OrganisationKey>();
const START = '2021-01-01';
const COLLEGES = '2022-06-01';

type Row = readonly [PersonKey, OrganisationKey];

/** "de portefeuillehouders Jeugd en Wmo van de zes deelnemende gemeenten". */
const PORTFOLIO_HOLDERS = [
  ['rianne-de-graaf', 'gemeente-almere'],
  ['hasan-yilmaz', 'gemeente-almere'],
  ['gert-van-dam', 'gemeente-dronten'],
  ['sylvia-brink', 'gemeente-dronten'],
  ['priscilla-tromp', 'gemeente-lelystad'],
  ['arnold-koster', 'gemeente-lelystad'],
  ['hilde-postma', 'gemeente-noordoostpolder'],
  ['wouter-veldman', 'gemeente-noordoostpolder'],
  ['klaas-snoek', 'gemeente-urk'],
  ['hendrik-brands', 'gemeente-urk'],
  ['laura-vink', 'gemeente-zeewolde'],
  ['johan-prins', 'gemeente-zeewolde'],
] as const satisfies readonly Row[];

/** "de directeuren sociaal domein van de zes gemeenten". */
const DIRECTORS = [
  ['margriet-hoogland', 'gemeente-almere'],
  ['peter-schouten', 'gemeente-dronten'],
  ['anita-roos', 'gemeente-lelystad'],
  ['michiel-de-haan', 'gemeente-noordoostpolder'],
  ['jelle-visscher', 'gemeente-urk'],
  ['karen-bosch', 'gemeente-zeewolde'],
] as const satisfies readonly Row[];

/** "de controllers sociaal domein van de deelnemende gemeenten ... en de controller van de Aankoopcentrale". */
const CONTROLLERS = [
  ['dirk-hofman', 'gemeente-almere'],
  ['sabine-evers', 'gemeente-dronten'],
  ['ramon-biharie', 'gemeente-lelystad'],
  ['anke-de-wit', 'gemeente-noordoostpolder'],
  ['lucas-kramer', 'gemeente-urk'],
  ['nina-schaap', 'gemeente-zeewolde'],
  ['vincent-maas', 'aankoopcentrale-flevoland'],
] as const satisfies readonly Row[];

/** "Alle gemeenten en de Aankoopcentrale zijn vertegenwoordigd in Bedrijfsvoeringsoverleg." */
const OPERATIONS = [
  ['ferry-lambers', 'gemeente-almere'],
  ['miranda-spijker', 'gemeente-dronten'],
  ['tarik-amrani', 'gemeente-lelystad'],
  ['ellen-tuinstra', 'gemeente-noordoostpolder'],
  ['jannie-de-boer', 'gemeente-urk'],
  ['gijs-wolff', 'gemeente-zeewolde'],
  ['bianca-stam', 'aankoopcentrale-flevoland'],
] as const satisfies readonly Row[];

/** Every Flevoland seat. */
export const FLEVOLAND_SEATS: readonly DemoSeat[] = [
  // BOSD: portfolio holders vote; the centre municipality's director and the programme manager advise;
  // the independent chair has no member seat; the regional policy supporter is secretary.
  ...PORTFOLIO_HOLDERS.map(([person, org]) => seat('BOSD', 'MEMBER', person, org, COLLEGES)),
  seat('BOSD', 'ADVISER', 'margriet-hoogland', 'gemeente-almere', START),
  seat('BOSD', 'ADVISER', 'erik-bos', 'rpsd-flevoland', START),
  seat('BOSD', 'CHAIR', 'caroline-wessels', 'rpsd-flevoland', START),
  seat('BOSD', 'SECRETARY', 'lotte-mulder', 'rpsd-flevoland', START),

  // DOSD: six directors, "onder voorzitterschap van ... de directeur Sociaal Domein van de gemeente Almere".
  ...DIRECTORS.map(([person, org]) => seat('DOSD', 'MEMBER', person, org, START)),
  seat('DOSD', 'CHAIR', 'margriet-hoogland', 'gemeente-almere', START),
  seat('DOSD', 'SECRETARY', 'yasmina-ouali', 'rpsd-flevoland', START),

  // Control overleg: controllers and "een onafhankelijk, technisch voorzitter".
  ...CONTROLLERS.map(([person, org]) => seat('CONTROL', 'MEMBER', person, org, START)),
  seat('CONTROL', 'CHAIR', 'olga-terpstra', 'rpsd-flevoland', START),
  seat('CONTROL', 'SECRETARY', 'yasmina-ouali', 'rpsd-flevoland', START),

  // Overleg Bedrijfsvoering: every municipality and the Aankoopcentrale; an independent technical chair.
  ...OPERATIONS.map(([person, org]) => seat('OBV', 'MEMBER', person, org, START)),
  seat('OBV', 'CHAIR', 'ruud-kroon', 'rpsd-flevoland', START),
  seat('OBV', 'SECRETARY', 'yasmina-ouali', 'rpsd-flevoland', START),
];
