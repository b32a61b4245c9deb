/**
 * Phrasings written by hand as members and secretaries type them in chat: lower case, no question
 * mark, typos, greetings, names in any order. Each with the language, the intent and the slots
 * understanding must find (asked by Jan de Vries on 25 November 2026; "me" is he).
 *
 * Slots: c committee code, o organisation, p person, r role, d date, m meeting (next, previous or a
 * date), s substitute, h the member giving notice. Intent `rule:<topic>` is a question about a rule;
 * `no-write` is a question that looks like a write and must never become one.
 */

/** What a phrasing must be understood as. */
export interface Slots {
  readonly c?: string;
  readonly o?: string;
  readonly p?: string;
  readonly r?: string;
  readonly d?: string;
  readonly m?: string;
  readonly s?: string;
  readonly h?: string;
  /** The last day of a period of absence. */
  readonly u?: string;
}

/** One phrasing: language, expected intent, text, expected slots. */
export type Case = readonly [lang: 'nl' | 'en', intent: string, text: string, slots?: Slots];

const CN = 'Combinatie Noord';
const JV = 'Jan de Vries';

/** Hand-written phrasings. */
export const HAND_WRITTEN: readonly Case[] = [
  // who represents
  ['nl', 'represents', 'wie vertegenwoordigt combinatie noord in het sbo', { o: CN, c: 'SBO' }],
  ['nl', 'represents', 'Wie vertegenwoordigt Combinatie Noort in het SBO?', { o: CN, c: 'SBO' }],
  ['nl', 'represents', 'wie zit er namens venlo in het sbo?', { o: 'Gemeente Venlo', c: 'SBO' }],
  ['nl', 'represents', 'Hoi, wie zit er eigenlijk namens Gemeente Weert in het SBO?', { o: 'Gemeente Weert', c: 'SBO' }],
  ['nl', 'represents', 'in het SBO, wie vertegenwoordigt Combinatie Zuid', { o: 'Combinatie Zuid', c: 'SBO' }],
  ['nl', 'represents', 'namens Dronten in de BOSD, wie is dat?', { o: 'Gemeente Dronten', c: 'BOSD' }],
  ['nl', 'represents', 'Wie vertegenwoordigde Dronten op 1 maart 2024 in de BOSD?', { o: 'Gemeente Dronten', c: 'BOSD', d: '2024-03-01' }],
  ['nl', 'represents', 'wie vertegenwoordigt Combinatie Noord bij het volgende SBO?', { o: CN, c: 'SBO', m: 'next' }],
  ['nl', 'represents', 'wie zat er op 1 maart 2025 namens Doetinchem in het KBO', { o: 'Gemeente Doetinchem', c: 'KBO', d: '2025-03-01' }],
  ['nl', 'represents', 'wie vertegenwoordigt Horst aan de Maas in het SBO', { o: 'Gemeente Horst aan de Maas', c: 'SBO' }],
  ['nl', 'represents', 'wie vertegenwoordigd de gemeente almere in de bosd', { o: 'Gemeente Almere', c: 'BOSD' }],
  ['nl', 'represents', 'wie zit voor Lelystad in het BOSD', { o: 'Gemeente Lelystad', c: 'BOSD' }],
  ['nl', 'represents', 'Goedemorgen! Wie spreekt namens Combinatie Noord in het ORO? Dank je', { o: CN, c: 'ORO' }],
  ['nl', 'represents', 'wie vertegenwoordigt jeugdzorg noord in het kbo', { o: 'Jeugdzorg Noord BV', c: 'KBO' }],
  ['nl', 'represents', 'SBO: wie vertegenwoordigt Combinatie West?', { o: 'Combinatie West', c: 'SBO' }],
  ['nl', 'represents', 'wie vertegenwoordigt Combinatie Noord in het SBO op 12 maart', { o: CN, c: 'SBO', d: '2026-03-12' }],
  ['nl', 'represents', 'wie vertegenwoordigt Venlo in de stuurgroep', { o: 'Gemeente Venlo', c: 'STUURGROEP' }],
  ['nl', 'represents', 'wie vertegenwoordigt Oude Ijselstreek in het KBO', { o: 'Gemeente Oude IJsselstreek', c: 'KBO' }],
  ['en', 'represents', 'who represents combination north at the sbo', { o: CN, c: 'SBO' }],
  ['en', 'represents', 'Who represents Combination North at the SBOO?', { o: CN, c: 'SBO' }],
  ['en', 'represents', 'who sat for Doetinchem in the KBO on 1 March 2025?', { o: 'Gemeente Doetinchem', c: 'KBO', d: '2025-03-01' }],
  ['en', 'represents', 'hi, who speaks for Venlo at the SBO? thanks', { o: 'Gemeente Venlo', c: 'SBO' }],
  ['en', 'represents', 'who will represent Combination North at the next SBO', { o: CN, c: 'SBO', m: 'next' }],
  ['en', 'represents', 'at the BOSD, who represents Almere?', { o: 'Gemeente Almere', c: 'BOSD' }],
  ['en', 'represents', 'who is sitting for Combination South in the SBO', { o: 'Combinatie Zuid', c: 'SBO' }],
  ['en', 'represents', 'who represented Dronten in the BOSD on 1 March 2024', { o: 'Gemeente Dronten', c: 'BOSD', d: '2024-03-01' }],
  ['en', 'represents', 'who is on the SBO on behalf of Weert', { o: 'Gemeente Weert', c: 'SBO' }],
  // members
  ['nl', 'members', 'wie zitten er in het oro', { c: 'ORO' }],
  ['nl', 'members', 'Hoi! Wie zitten er in het ORO? Alvast bedankt', { c: 'ORO' }],
  ['nl', 'members', 'wie zitten er in het OROO', { c: 'ORO' }],
  ['nl', 'members', 'leden sbo', { c: 'SBO' }],
  ['nl', 'members', 'wie zit er allemaal in de stuurgroep?', { c: 'STUURGROEP' }],
  ['nl', 'members', 'wie zijn de leden van het Klein Bestuurlijk Overleg', { c: 'KBO' }],
  ['nl', 'members', 'wie zaten er op 1 maart 2025 in het KBO', { c: 'KBO', d: '2025-03-01' }],
  ['nl', 'members', 'wie zitten er in de fysieke overlegtafel', { c: 'FOT' }],
  ['nl', 'members', 'ledenlijst van het inkoopnetwerk graag', { c: 'INKOOP' }],
  ['nl', 'members', 'wie zitten er in het dosd?', { c: 'DOSD' }],
  ['nl', 'members', 'wie zit er in de BOSD', { c: 'BOSD' }],
  ['nl', 'members', 'deelnemers controloverleg', { c: 'CONTROL' }],
  ['en', 'members', 'who is on the ORO?', { c: 'ORO' }],
  ['en', 'members', 'members of the sbo please', { c: 'SBO' }],
  ['en', 'members', 'who sits in the steering group', { c: 'STUURGROEP' }],
  ['en', 'members', 'who are the members of the KBO?', { c: 'KBO' }],
  ['en', 'members', 'who was on the KBO on 1 March 2025', { c: 'KBO', d: '2025-03-01' }],
  ['en', 'members', 'list of members of the Purchasing network Steenwijkerland', { c: 'INKOOP' }],
  // where
  ['nl', 'where', 'waar zit jan de vries in', { p: JV }],
  ['nl', 'where', 'Waar zit Jan de Vris in?', { p: JV }],
  ['nl', 'where', 'waar zit ik in?', { p: JV }],
  ['nl', 'where', 'in welke gremia zit karin smit', { p: 'Karin Smit' }],
  ['nl', 'where', 'in welke overleggen zit Sanne Bakker eigenlijk', { p: 'Sanne Bakker' }],
  ['nl', 'where', 'waar zat Piet Jansen op 1 maart 2025 in', { p: 'Piet Jansen', d: '2025-03-01' }],
  ['nl', 'where', 'welke zetels heb ik', { p: JV }],
  ['nl', 'where', 'waar zit lotte mulder', { p: 'Lotte Mulder' }],
  ['en', 'where', 'where does jan de vries sit', { p: JV }],
  ['en', 'where', 'which committees is Karin Smit on?', { p: 'Karin Smit' }],
  ['en', 'where', 'where do I sit?', { p: JV }],
  ['en', 'where', 'which committees am I on', { p: JV }],
  ['en', 'where', 'where is Piet Jansen a member', { p: 'Piet Jansen' }],
  ['en', 'where', 'where does Marloes Vissser sit', { p: 'Marloes Visser' }],
  // roles
  ['nl', 'role', 'wie is de secretaris van de bosd', { r: 'SECRETARY', c: 'BOSD' }],
  ['nl', 'role', 'Wie is de voorzitter van het ORO?', { r: 'CHAIR', c: 'ORO' }],
  ['nl', 'role', 'secretaris sbo?', { r: 'SECRETARY', c: 'SBO' }],
  ['nl', 'role', 'wie zijn de adviseurs van het SBO', { r: 'ADVISER', c: 'SBO' }],
  ['nl', 'role', 'wie zit er in de agendacommissie van het KBO?', { r: 'AGENDA_COMMITTEE', c: 'KBO' }],
  ['nl', 'role', 'wie is voorzitter van de stuurgroep', { r: 'CHAIR', c: 'STUURGROEP' }],
  ['nl', 'role', 'bij het KBO, wie is daar de secretaris?', { r: 'SECRETARY', c: 'KBO' }],
  ['en', 'role', 'who is the chair of the ORO?', { r: 'CHAIR', c: 'ORO' }],
  ['en', 'role', 'who is the secretary of the BOSD', { r: 'SECRETARY', c: 'BOSD' }],
  ['en', 'role', 'who chairs the DOSD? i mean the chairman', { r: 'CHAIR', c: 'DOSD' }],
  ['en', 'role', 'who are the advisers of the SBO', { r: 'ADVISER', c: 'SBO' }],
  // yes/no membership
  ['nl', 'is-member', 'Is Karin Smit lid van het ORO?', { p: 'Karin Smit', c: 'ORO' }],
  ['nl', 'is-member', 'Zit Jan de Vries in het ORO?', { p: JV, c: 'ORO' }],
  ['nl', 'is-member', 'zit karin smit nog in het oro', { p: 'Karin Smit', c: 'ORO' }],
  ['nl', 'is-member', 'zit ik in het SBO?', { p: JV, c: 'SBO' }],
  ['nl', 'is-member', 'is Sanne Bakker secretaris van het SBO', { p: 'Sanne Bakker', c: 'SBO', r: 'SECRETARY' }],
  ['nl', 'is-member', 'is Piet Jansen lid van de BOSD', { p: 'Piet Jansen', c: 'BOSD' }],
  ['nl', 'is-member', 'Zat Jan de Vries op 1 maart 2025 in het KBO?', { p: JV, c: 'KBO', d: '2025-03-01' }],
  ['en', 'is-member', 'Does Karin Smit sit on the ORO?', { p: 'Karin Smit', c: 'ORO' }],
  ['en', 'is-member', 'is Karin Smit a member of the ORO', { p: 'Karin Smit', c: 'ORO' }],
  ['en', 'is-member', 'am I on the SBO?', { p: JV, c: 'SBO' }],
  ['en', 'is-member', 'is Sanne Bakker the secretary of the SBO?', { p: 'Sanne Bakker', c: 'SBO', r: 'SECRETARY' }],
  // next meeting
  ['nl', 'next-meeting', 'wanneer is het volgende KBO?', { c: 'KBO' }],
  ['nl', 'next-meeting', 'wanneer is de volgende vergadering van het SBO', { c: 'SBO' }],
  ['nl', 'next-meeting', 'wanneer vergadert de BOSD weer', { c: 'BOSD' }],
  ['nl', 'next-meeting', 'volgende sbo?', { c: 'SBO' }],
  ['nl', 'next-meeting', 'wanneer vergaderd het oro', { c: 'ORO' }],
  ['nl', 'next-meeting', 'wanneer komt de stuurgroep weer bijeen', { c: 'STUURGROEP' }],
  ['nl', 'next-meeting', 'wanneer is het eerstvolgende overleg van de fysieke overlegtafel', { c: 'FOT' }],
  ['en', 'next-meeting', 'next KBO?', { c: 'KBO' }],
  ['en', 'next-meeting', 'when is the next SBO meeting', { c: 'SBO' }],
  ['en', 'next-meeting', 'when does the ORO meet next?', { c: 'ORO' }],
  ['en', 'next-meeting', 'when does the DOSD meet again', { c: 'DOSD' }],
  // deadlines and duties
  ['nl', 'deadlines-week', 'welke deadlines lopen deze week?'],
  ['nl', 'deadlines-week', 'welke termijnen lopen er volgende week af'],
  ['nl', 'deadlines-week', 'deadlines deze week voor het SBO', { c: 'SBO' }],
  ['en', 'deadlines-week', 'what deadlines are due this week'],
  ['en', 'deadlines-week', 'which deadlines are there next week for the BOSD', { c: 'BOSD' }],
  ['nl', 'my-duties', 'wat staat er voor mij open?'],
  ['nl', 'my-duties', 'wat moet ik nog doen'],
  ['nl', 'my-duties', 'mijn deadlines'],
  ['en', 'my-duties', "what's due for me?"],
  ['en', 'my-duties', 'what do i have open'],
  // attendance and decisions
  ['nl', 'absentees', 'wie was er afwezig bij de vorige BOSD?', { c: 'BOSD', m: 'previous' }],
  ['nl', 'absentees', 'wie waren er niet aanwezig bij het laatste ORO', { c: 'ORO', m: 'previous' }],
  ['nl', 'absentees', 'wie ontbrak er bij het vorige SBO', { c: 'SBO', m: 'previous' }],
  ['en', 'absentees', 'who was absent at the last ORO?', { c: 'ORO', m: 'previous' }],
  ['en', 'absentees', 'who was missing from the previous BOSD', { c: 'BOSD', m: 'previous' }],
  ['nl', 'decision-list', 'besluitenlijst BOSD 19 maart', { c: 'BOSD', m: '2026-03-19' }],
  ['nl', 'decision-list', 'mag ik de besluitenlijst van het DOSD van 1 december 2026', { c: 'DOSD', m: '2026-12-01' }],
  ['nl', 'decision-list', 'besluitenlijst van de vorige bosd', { c: 'BOSD', m: 'previous' }],
  ['en', 'decision-list', 'decision list of the BOSD of 19 March', { c: 'BOSD', m: '2026-03-19' }],
  ['en', 'decision-list', 'show the decision list of the last DOSD', { c: 'DOSD', m: 'previous' }],
  // rules
  ['nl', 'rule:decision', 'mag het KBO besluiten nemen?', { c: 'KBO' }],
  ['nl', 'rule:decision', 'wat is de besluitregel van de Stuurgroep?', { c: 'STUURGROEP' }],
  ['nl', 'rule:decision', 'hoe besluit het sbo eigenlijk', { c: 'SBO' }],
  ['nl', 'rule:decision', 'beslist het ORO bij meerderheid?', { c: 'ORO' }],
  ['nl', 'rule:decision', 'hoe wordt er besloten in de BOSD', { c: 'BOSD' }],
  ['en', 'rule:decision', 'can the KBO take decisions?', { c: 'KBO' }],
  ['en', 'rule:decision', 'how does the steering group decide', { c: 'STUURGROEP' }],
  ['en', 'rule:decision', "what's the decision rule of the SBO", { c: 'SBO' }],
  ['nl', 'rule:deadlines', 'hoeveel dagen voor het KBO moet de agenda rond?', { c: 'KBO' }],
  ['nl', 'rule:deadlines', 'wanneer moet de agenda van de BOSD verstuurd zijn?', { c: 'BOSD' }],
  ['nl', 'rule:deadlines', 'welke termijnen heeft het KBO', { c: 'KBO' }],
  ['en', 'rule:deadlines', 'how many days before the KBO must the agenda be out?', { c: 'KBO' }],
  ['en', 'rule:deadlines', 'when are the minutes of the KBO due', { c: 'KBO' }],
  ['en', 'rule:substitute', 'who may replace me at the SBO?', { c: 'SBO' }],
  ['nl', 'rule:substitute', 'wie mag mij vervangen in het SBO?', { c: 'SBO' }],
  ['nl', 'rule:substitute', 'mag een collega mij vervangen bij het ORO', { c: 'ORO' }],
  ['nl', 'rule:substitute', 'hoe werkt vervanging bij het inkoopnetwerk', { c: 'INKOOP' }],
  ['en', 'rule:substitute', 'can someone stand in for me at the KBO', { c: 'KBO' }],
  ['nl', 'rule:escalation', 'het ORO komt er niet uit, waar escaleren we naar?', { c: 'ORO' }],
  ['nl', 'rule:escalation', 'waar gaat een geschil in de BOSD naartoe', { c: 'BOSD' }],
  ['nl', 'rule:escalation', 'wat als we het in het DOSD niet eens worden', { c: 'DOSD' }],
  ['en', 'rule:escalation', 'where does the ORO escalate to?', { c: 'ORO' }],
  ['en', 'rule:escalation', "what if the BOSD can't agree", { c: 'BOSD' }],
  ['nl', 'rule:agenda', 'wie maakt de agenda van het SBO?', { c: 'SBO' }],
  ['nl', 'rule:agenda', 'wie schrijft het verslag van het ORO', { c: 'ORO' }],
  ['nl', 'rule:agenda', 'wie notuleert bij de stuurgroep', { c: 'STUURGROEP' }],
  ['en', 'rule:agenda', 'who prepares the agenda of the KBO', { c: 'KBO' }],
  ['en', 'rule:agenda', 'who writes the minutes of the ORO?', { c: 'ORO' }],
  ['nl', 'rule:contact', 'wie is het aanspreekpunt van de regio?'],
  ['nl', 'rule:contact', 'wie is het aanspreekpunt voor de BOSD', { c: 'BOSD' }],
  ['en', 'rule:contact', 'who is the point of contact for the region?'],
  ['en', 'rule:votes', 'who votes in the ORO?', { c: 'ORO' }],
  ['nl', 'rule:votes', 'wie mag er stemmen in de stuurgroep', { c: 'STUURGROEP' }],
  ['nl', 'rule:votes', 'hoeveel stemmen heeft elke partij in het ORO', { c: 'ORO' }],
  ['nl', 'rule:mandate', 'moet ik een mandaat hebben voor het SBO?', { c: 'SBO' }],
  ['en', 'rule:mandate', 'do members of the KBO need a mandate?', { c: 'KBO' }],
  ['nl', 'rule:rhythm', 'hoe vaak vergadert de BOSD?', { c: 'BOSD' }],
  ['en', 'rule:rhythm', 'how often does the DOSD meet', { c: 'DOSD' }],
  ['nl', 'rule:purpose', 'wat is het doel van het KBO?', { c: 'KBO' }],
  ['nl', 'rule:purpose', 'waar is het ORO eigenlijk voor', { c: 'ORO' }],
  ['en', 'rule:purpose', 'what is the purpose of the SBO', { c: 'SBO' }],
  ['nl', 'rule:composition', 'wat is de samenstelling van het SBO?', { c: 'SBO' }],
  ['nl', 'rule:composition', 'hoeveel leden heeft de stuurgroep', { c: 'STUURGROEP' }],
  ['en', 'rule:composition', 'how many seats does the BOSD have', { c: 'BOSD' }],
  // notice of absence (writes, as statements)
  ['nl', 'declare', 'Ik ben verhinderd bij het volgende SBO, Piet Jansen vervangt mij', { c: 'SBO', m: 'next', h: JV, s: 'Piet Jansen' }],
  ['nl', 'declare', 'ik ben er niet bij het SBO van 11 maart', { c: 'SBO', m: '2026-03-11', h: JV }],
  ['nl', 'declare', 'ik kan niet bij het volgende KBO zijn', { c: 'KBO', m: 'next', h: JV }],
  ['nl', 'declare', 'ik meld me af voor het volgende sbo, piet jansen neemt het over', { c: 'SBO', m: 'next', h: JV, s: 'Piet Jansen' }],
  ['nl', 'declare', 'Jan de Vries is verhinderd bij het SBO van 11 maart, Piet Jansen vervangt hem', { c: 'SBO', m: '2026-03-11', h: JV, s: 'Piet Jansen' }],
  ['nl', 'declare', 'Karin Smit is afwezig op het ORO van 9 december', { c: 'ORO', m: '2026-12-09', h: 'Karin Smit' }],
  ['en', 'declare', "I can't attend the next SBO; Piet Jansen replaces me", { c: 'SBO', m: 'next', h: JV, s: 'Piet Jansen' }],
  ['en', 'declare', "i won't be at the KBO on 17 December", { c: 'KBO', m: '2026-12-17', h: JV }],
  ['en', 'declare', 'I cannot attend the SBO on 11 March, Piet Jansen will replace me', { c: 'SBO', m: '2026-03-11', h: JV, s: 'Piet Jansen' }],
  // notice for a period (issue 17)
  ['nl', 'declare', 'Ik ben verhinderd bij het SBO van 1 januari tot 1 april 2027, Piet Jansen vervangt mij', { c: 'SBO', m: '2026-01-01', u: '2027-04-01', h: JV, s: 'Piet Jansen' }],
  ['nl', 'declare', 'ik ben afwezig bij het ORO van 1 januari 2027 tot en met 31 maart 2027', { c: 'ORO', m: '2027-01-01', u: '2027-03-31', h: JV }],
  ['nl', 'declare', 'Karin Smit is verhinderd bij het ORO van 13 januari t/m 10 maart 2027', { c: 'ORO', m: '2026-01-13', u: '2027-03-10', h: 'Karin Smit' }],
  ['nl', 'declare', 'wegens ouderschapsverlof ben ik verhinderd bij het SBO van 1 maart 2027 tot 1 juli 2027', { c: 'SBO', m: '2027-03-01', u: '2027-07-01', h: JV }],
  ['en', 'declare', "I can't attend the SBO from 1 January until 1 April 2027; Piet Jansen replaces me", { c: 'SBO', u: '2027-04-01', h: JV, s: 'Piet Jansen' }],
  ['en', 'declare', 'Karin Smit cannot attend the ORO from 13 January 2027 to 10 March 2027', { c: 'ORO', m: '2027-01-13', u: '2027-03-10', h: 'Karin Smit' }],
  // rotation (issue 17, 000 KBO Spelregels 6)
  ['nl', 'rotation', 'wie rouleert er dit jaar?'],
  ['nl', 'rotation', 'wie rouleert er volgend jaar in het KBO', { c: 'KBO' }],
  ['nl', 'rotation', 'roulatie KBO 2027', { c: 'KBO' }],
  ['en', 'rotation', 'who rotates in the KBO in 2027?', { c: 'KBO' }],
  ['en', 'rotation', 'who is leaving the KBO next year', { c: 'KBO' }],
  // withdrawing notice (issue 17)
  ['nl', 'withdraw-notice', 'ik trek mijn afmelding voor het SBO van 11 maart in', { c: 'SBO', m: '2026-03-11', h: JV }],
  ['nl', 'withdraw-notice', 'ik kan toch komen bij het ORO van 13 januari 2027', { c: 'ORO', m: '2027-01-13', h: JV }],
  ['nl', 'withdraw-notice', 'trek de afmelding van Karin Smit voor het ORO van 1 januari tot 31 maart 2027 in', { c: 'ORO', m: '2026-01-01', u: '2027-03-31', h: 'Karin Smit' }],
  ['en', 'withdraw-notice', 'withdraw my notice for the SBO on 11 March', { c: 'SBO', m: '2026-03-11', h: JV }],
  ['en', 'withdraw-notice', 'I can attend the KBO on 17 December after all', { c: 'KBO', m: '2026-12-17', h: JV }],
  // other writes as statements
  ['nl', 'cancel-meeting', 'het ORO van 9 december gaat niet door', { c: 'ORO', m: '2026-12-09' }],
  ['nl', 'cancel-meeting', 'de BOSD van 17 december is afgelast', { c: 'BOSD', m: '2026-12-17' }],
  ['en', 'cancel-meeting', 'the ORO of 9 December is cancelled', { c: 'ORO', m: '2026-12-09' }],
  ['nl', 'duty-done', 'agenda BOSD 17 december is verstuurd', { c: 'BOSD', m: '2026-12-17' }],
  ['nl', 'duty-done', 'de notulen van het KBO van 8 oktober zijn klaar', { c: 'KBO', m: '2026-10-08' }],
  ['en', 'duty-done', 'the papers for the BOSD on 17 December are sent', { c: 'BOSD', m: '2026-12-17' }],
  // questions that look like writes: never a write
  ['nl', 'no-write', 'gaat het ORO van 9 december niet door?'],
  ['nl', 'no-write', 'is de agenda van het SBO van 10 december al verstuurd?'],
  ['nl', 'no-write', 'ben ik verhinderd bij het volgende SBO?'],
  ['nl', 'no-write', 'vervangt Piet Jansen mij bij het volgende SBO?'],
  ['en', 'no-write', 'is the ORO of 9 December cancelled?'],
  ['en', 'no-write', 'can Piet Jansen replace me at the next SBO?'],
  ['en', 'no-write', 'are the minutes of the KBO of 8 October sent?'],
  // help
  ['nl', 'help', 'help'],
  ['nl', 'help', 'wat kun je?'],
  ['en', 'help', 'what can you do'],
];
