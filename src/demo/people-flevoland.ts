/**
 * Demo people of the Flevoland regional cooperation (seed 004): portfolio holders Jeugd and Wmo,
 * directors, controllers and business-operations staff of the six municipalities and the
 * Aankoopcentrale, the programme's staff and the independent chairs. All invented.
 */
import type { OrganisationKey } from './organisations.ts';
import { personBuilder } from './types.ts';

const person = personBuilder<OrganisationKey>();

/** "de portefeuillehouders Jeugd en Wmo van de zes deelnemende gemeenten": Jeugd first, then Wmo. */
export const FLEVOLAND_PORTFOLIO_HOLDERS = [
  person('rianne-de-graaf', 'Rianne de Graaf', 'rianne.degraaf@almere.example', 'gemeente-almere'),
  person('hasan-yilmaz', 'Hasan Yilmaz', 'hasan.yilmaz@almere.example', 'gemeente-almere'),
  person('gert-van-dam', 'Gert van Dam', 'gert.vandam@dronten.example', 'gemeente-dronten'),
  person('sylvia-brink', 'Sylvia Brink', 'sylvia.brink@dronten.example', 'gemeente-dronten'),
  person('priscilla-tromp', 'Priscilla Tromp', 'priscilla.tromp@lelystad.example', 'gemeente-lelystad'),
  person('arnold-koster', 'Arnold Koster', 'arnold.koster@lelystad.example', 'gemeente-lelystad'),
  person('hilde-postma', 'Hilde Postma', 'hilde.postma@noordoostpolder.example', 'gemeente-noordoostpolder'),
  person('wouter-veldman', 'Wouter Veldman', 'wouter.veldman@noordoostpolder.example', 'gemeente-noordoostpolder'),
  person('klaas-snoek', 'Klaas Snoek', 'klaas.snoek@urk.example', 'gemeente-urk'),
  person('hendrik-brands', 'Hendrik Brands', 'hendrik.brands@urk.example', 'gemeente-urk'),
  person('laura-vink', 'Laura Vink', 'laura.vink@zeewolde.example', 'gemeente-zeewolde'),
  person('johan-prins', 'Johan Prins', 'johan.prins@zeewolde.example', 'gemeente-zeewolde'),
] as const;

/** "de directeuren sociaal domein van de zes gemeenten"; Almere's director chairs the DOSD. */
export const FLEVOLAND_DIRECTORS = [
  person('margriet-hoogland', 'Margriet Hoogland', 'margriet.hoogland@almere.example', 'gemeente-almere'),
  person('peter-schouten', 'Peter Schouten', 'peter.schouten@dronten.example', 'gemeente-dronten'),
  person('anita-roos', 'Anita Roos', 'anita.roos@lelystad.example', 'gemeente-lelystad'),
  person('michiel-de-haan', 'Michiel de Haan', 'michiel.dehaan@noordoostpolder.example', 'gemeente-noordoostpolder'),
  person('jelle-visscher', 'Jelle Visscher', 'jelle.visscher@urk.example', 'gemeente-urk'),
  person('karen-bosch', 'Karen Bosch', 'karen.bosch@zeewolde.example', 'gemeente-zeewolde'),
] as const;

/** Controllers: one per municipality (Almere's also for the centrumgemeente) and the Aankoopcentrale's. */
export const FLEVOLAND_CONTROLLERS = [
  person('dirk-hofman', 'Dirk Hofman', 'dirk.hofman@almere.example', 'gemeente-almere'),
  person('sabine-evers', 'Sabine Evers', 'sabine.evers@dronten.example', 'gemeente-dronten'),
  person('ramon-biharie', 'Ramon Biharie', 'ramon.biharie@lelystad.example', 'gemeente-lelystad'),
  person('anke-de-wit', 'Anke de Wit', 'anke.dewit@noordoostpolder.example', 'gemeente-noordoostpolder'),
  person('lucas-kramer', 'Lucas Kramer', 'lucas.kramer@urk.example', 'gemeente-urk'),
  person('nina-schaap', 'Nina Schaap', 'nina.schaap@zeewolde.example', 'gemeente-zeewolde'),
  person('vincent-maas', 'Vincent Maas', 'vincent.maas@aankoopcentrale-flevoland.example', 'aankoopcentrale-flevoland'),
] as const;

/** Overleg Bedrijfsvoering: "Alle gemeenten en de Aankoopcentrale zijn vertegenwoordigd". */
export const FLEVOLAND_OPERATIONS_STAFF = [
  person('ferry-lambers', 'Ferry Lambers', 'ferry.lambers@almere.example', 'gemeente-almere'),
  person('miranda-spijker', 'Miranda Spijker', 'miranda.spijker@dronten.example', 'gemeente-dronten'),
  person('tarik-amrani', 'Tarik Amrani', 'tarik.amrani@lelystad.example', 'gemeente-lelystad'),
  person('ellen-tuinstra', 'Ellen Tuinstra', 'ellen.tuinstra@noordoostpolder.example', 'gemeente-noordoostpolder'),
  person('jannie-de-boer', 'Jannie de Boer', 'jannie.deboer@urk.example', 'gemeente-urk'),
  person('gijs-wolff', 'Gijs Wolff', 'gijs.wolff@zeewolde.example', 'gemeente-zeewolde'),
  person('bianca-stam', 'Bianca Stam', 'bianca.stam@aankoopcentrale-flevoland.example', 'aankoopcentrale-flevoland'),
] as const;

/** The regional programme's staff and the three independent chairs (no employer among the parties). */
export const FLEVOLAND_STAFF = [
  // "regionaal programmamanager": BOSD adviser, sends agenda and papers, takes the minutes.
  person('erik-bos', 'Erik Bos', 'erik.bos@sociaaldomeinflevoland.example', 'rpsd-flevoland'),
  // "regionaal beleidsondersteuner": the BOSD's secretary.
  person('lotte-mulder', 'Lotte Mulder', 'lotte.mulder@sociaaldomeinflevoland.example', 'rpsd-flevoland'),
  // "De regiosecretaris ondersteunt het DOSD": secretary of the DOSD, Control overleg and Overleg Bedrijfsvoering.
  person('yasmina-ouali', 'Yasmina Ouali', 'yasmina.ouali@sociaaldomeinflevoland.example', 'rpsd-flevoland'),
  // BOSD: "een onafhankelijke voorzitter".
  person('caroline-wessels', 'Caroline Wessels', 'caroline.wessels@wesselsbestuursadvies.example', null),
  // Control overleg and Overleg Bedrijfsvoering: "een onafhankelijk, technisch voorzitter".
  person('olga-terpstra', 'Olga Terpstra', 'olga.terpstra@terpstra-advies.example', null),
  person('ruud-kroon', 'Ruud Kroon', 'ruud.kroon@kroonprocesbegeleiding.example', null),
] as const;
