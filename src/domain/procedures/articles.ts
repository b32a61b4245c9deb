/**
 * The sentences of the seeds that the procedures (issue 16) apply, verbatim, so every refusal and
 * answer can quote the article it comes from. test/domain/procedures/articles.test.ts checks each one
 * word for word against docs/sources.
 */
import type { SeedNumber } from '../decisions/sources.ts';

/** A quoted sentence: seed, where in it, and the text. */
export interface Article {
  readonly seed: SeedNumber;
  readonly where: string;
  readonly text: string;
}

const A = (seed: SeedNumber, where: string, text: string): Article => ({ seed, where, text });

/** Every article the procedures quote, by what it rules. */
export const ARTICLES = {
  /** Any party may propose (002 art. 5.4). */
  propose: A('002', 'art. 5.4', 'Iedere Partij kan concrete voorstellen doen voor verbetering, aanpassing of verwijdering van (delen van) deze afspraken en van de Raamovereenkomst.'),
  /** Proposals go to the Fysieke overlegtafel (002 art. 5.4). */
  toTable: A('002', 'art. 5.4', 'Deze voorstellen worden meegenomen in de Fysieke overlegtafel.'),
  /** Any party may give a signal (002 art. 5.5). */
  signal: A('002', 'art. 5.5', 'Iedere Partij en Inwoner kan signalen afgeven die relevant zijn voor de uitvoering van de Raamovereenkomst.'),
  /** Two weeks of reactions (002 art. 5.6). */
  reactions: A('002', 'art. 5.6', 'Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren via de website.'),
  /** The table marks it worked out, on the reactions (002 art. 5.6). */
  workedOut: A('002', 'art. 5.6', 'Op basis van deze reacties besluit de Fysieke overlegtafel de Voorlopige voorstellen aan te merken als Uitgewerkte voorstellen.'),
  /** Confidential information is never published (002 art. 5.7). */
  confidential: A('002', 'art. 5.7', 'Informatie met betrekking tot kosten, prijzen, innovatieve voorstellen of andere informatie waarvan Aanbieder deze als vertrouwelijk bestempeld, worden niet gepubliceerd.'),
  /** The vote is on a worked-out proposal (002 art. 9.1). */
  vote: A('002', 'art. 9.1', 'Partijen uit het Inkoopnetwerk stemmen voor of tegen een Uitgewerkt voorstel, waarbij zij streven naar unanimiteit.'),
  /** Not adopted: nothing changes (002 art. 9.2). */
  notAdopted: A('002', 'art. 9.2', 'Indien Gemeente het Uitgewerkte voorstel uit artikel 9.1 niet aanneemt, dan wijzigen deze afspraken of de Raamovereenkomst niet.'),
  /** Adopted: the municipality enters into it with the providers who want to (002 art. 9.3). */
  adopted: A('002', 'art. 9.3', 'Als Gemeente het Uitgewerkte voorstel uit artikel 9.1 aanneemt, dan gaat de Gemeente deze afspraken of de Raamovereenkomst aan met Aanbieders die aangeven te willen deelnemen.'),
  /** Providers who no longer want to take part leave (002 art. 9.3). */
  leave: A('002', 'art. 9.3', 'Als het gaat om wijzigingen in deze afspraken of de Raamovereenkomst, dan geldt voor Aanbieders die niet langer willen deelnemen dat zij uittreden onder de voorwaarden van de Raamovereenkomst.'),
  /** A pilot's plan (002 art. 10.3). */
  pilotPlan: A('002', 'art. 10.3', 'Het plan bevat ten minste een afgebakende tijdperiode, een beperkt aantal deelnemende aanbieders, een beschrijving van de relatie tot innovatie en een onderzoeksdoel of onderzoeksvraag met een duidelijk aangegeven onderzoeksresultaat.'),
  /** The municipality consents or not (002 art. 10.4). */
  pilotConsent: A('002', 'art. 10.4', 'De Gemeente kan besluiten wel of niet in te stemmen met de pilot.'),
  /** Interim accession goes on the SBO's agenda (001 SBO, Randvoorwaarden). */
  accession: A('001', 'SBO, Randvoorwaarden', 'Indien er sprake is van tussentijds toetreden wordt dat geagendeerd voor het BSO en worden "nieuwe" afspraken gemaakt over de verdeling van taken en verantwoordelijkheden en de herverdeling van taken'),
  /** Subjects reach the SBO through the ORO (001 SBO, Organisatie). */
  throughOro: A('001', 'SBO, Organisatie', 'Onderwerpen worden via het ORO aangedragen.'),
  /** One subject, one table (004 2.4.1). */
  oneTable: A('004', '2.4.1', 'Besluitvorming gebeurt op één tafel, oftewel er vindt maar één keer, op één plek, een besluit plaats over een onderwerp.'),
} as const satisfies Record<string, Article>;

/** One key of {@link ARTICLES}. */
export type ArticleKey = keyof typeof ARTICLES;

/** "002 art. 9.1" */
export function articleRef(a: Article): string {
  return `${a.seed} ${a.where}`;
}
