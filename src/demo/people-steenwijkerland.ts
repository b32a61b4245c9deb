/**
 * Demo people of the Steenwijkerland Inkoopnetwerk (seed 002): per party a contact person and a
 * named substitute (art. 5.2: "Iedere Partij wijst een contactpersoon aan ... Ook wijzen zij een
 * vervanger voor deze persoon aan."), and the municipality's secretary. All invented.
 */
import type { OrganisationKey } from './organisations.ts';
import { personBuilder } from './types.ts';

const person = personBuilder<OrganisationKey>();

/** Contact persons and their named substitutes, pairwise per party. */
export const STEENWIJKERLAND_CONTACTS = [
  person('jorien-van-der-meer', 'Jorien van der Meer', 'jorien.vandermeer@steenwijkerland.example', 'gemeente-steenwijkerland'),
  person('bram-huisman', 'Bram Huisman', 'bram.huisman@steenwijkerland.example', 'gemeente-steenwijkerland'),
  person('arjen-dijkstra', 'Arjen Dijkstra', 'arjen.dijkstra@weerribbenzorg.example', 'weerribben-zorg'),
  person('jolanda-post', 'Jolanda Post', 'jolanda.post@weerribbenzorg.example', 'weerribben-zorg'),
  person('marco-schippers', 'Marco Schippers', 'marco.schippers@kvobegeleiding.example', 'kop-van-overijssel-begeleiding'),
  person('petra-de-jong', 'Petra de Jong', 'petra.dejong@kvobegeleiding.example', 'kop-van-overijssel-begeleiding'),
  person('annemiek-brouwer', 'Annemiek Brouwer', 'annemiek.brouwer@thuiszorggiethoorn.example', 'thuiszorg-giethoorn'),
  person('dennis-veenstra', 'Dennis Veenstra', 'dennis.veenstra@thuiszorggiethoorn.example', 'thuiszorg-giethoorn'),
  person('chantal-mulder', 'Chantal Mulder', 'chantal.mulder@jeugdpraktijksteenwijk.example', 'jeugdpraktijk-steenwijk'),
  person('kees-bosma', 'Kees Bosma', 'kees.bosma@jeugdpraktijksteenwijk.example', 'jeugdpraktijk-steenwijk'),
  person('gerda-hoekstra', 'Gerda Hoekstra', 'gerda.hoekstra@eendenkooi.example', 'de-eendenkooi'),
  person('sjoerd-wierenga', 'Sjoerd Wierenga', 'sjoerd.wierenga@eendenkooi.example', 'de-eendenkooi'),
  person('linda-zwart', 'Linda Zwart', 'linda.zwart@wonenplusoldemarkt.example', 'wonen-plus-oldemarkt'),
  person('harm-kloosterman', 'Harm Kloosterman', 'harm.kloosterman@wonenplusoldemarkt.example', 'wonen-plus-oldemarkt'),
] as const;

/** Secretary of the Inkoopnetwerk and the Fysieke overlegtafel (art. 5.3: the municipality organises). */
export const STEENWIJKERLAND_STAFF = [
  person('marloes-visser', 'Marloes Visser', 'marloes.visser@steenwijkerland.example', 'gemeente-steenwijkerland'),
] as const;
