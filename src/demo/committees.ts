/**
 * The committees of DOMAIN.md's table, one row each, with the rules as DOMAIN.md reads the seeds.
 * `name` is the Dutch full name; `aliases` hold abbreviations, variants and English names.
 * `rhythmNote` quotes the source; `rhythmRule` is set only where the rhythm is fixed.
 */
import type { DemoCommittee } from './types.ts';

const SEGMENT1 = 'Segment 1 Jeugdhulp Limburg-Noord';
const ACHTERHOEK = 'Sociaal Domein Achterhoek';
const STEENWIJKERLAND = 'Inkoopnetwerk Steenwijkerland';
const FLEVOLAND = 'Regionale Samenwerking Sociaal Domein Flevoland';

/** 001: "1 ^e jaar 6x keer, daarna 2 tot 4 keer per jaar of zoveel meer als noodzakelijk" (SBO, Stuurgroep). */
const SBO_RHYTHM = '1e jaar 6x keer, daarna 2 tot 4 keer per jaar of zoveel meer als noodzakelijk';
/** 004 4.2: the regiodag, "iedere eerste dinsdag van de maand", hosts DOSD, Control overleg and OBV. */
const FIRST_TUESDAY = 'FREQ=MONTHLY;BYDAY=+1TU';
const REMIND = [7, 2] as const;
/** The demo's regular series count from the first day of 2026 (the Control overleg's quarters: Jan, Apr, Jul, Oct). */
const SERIES_START = '2026-01-01';

/** Contract talks per combination (001 "Contractmanagement / leveranciersmanagement"). */
function contractTalks(code: 'CM-NOORD' | 'CM-ZUID', combination: string, english: string, short: string): DemoCommittee {
  return {
    code,
    name: `Contractmanagement ${combination}`,
    aliases: [`CM ${short}`, `Contractgesprek ${combination}`, `Leveranciersmanagement ${combination}`, `Contract management ${english}`],
    partnership: SEGMENT1,
    // "Voorbereiden voorstellen frictie dan wel innovatiekosten aan ORO en SBO": prepares, no vote.
    decisionRule: 'ADVISORY',
    // "De afgevaardigde vertegenwoordiging dient aantoonbaar rechtsgeldig bevoegd te zijn".
    substituteRule: 'SAME_ORGANISATION_WITH_MANDATE',
    rhythmRule: null,
    rhythmNote: '1e jaar in elk geval 2 keer per jaar specifiek op niveau van de aparte combinaties',
    deadlinePolicy: { responsible: 'MGR', remindDaysBefore: REMIND },
    sourceRef: '001 Contractmanagement / leveranciersmanagement',
    // "dan vindt escalatie plaats via het ORO en eventueel het SBO".
    escalatesTo: 'ORO',
  };
}

/** Every demo committee; a committee another escalates to comes before it. */
export const DEMO_COMMITTEES: readonly DemoCommittee[] = [
  {
    code: 'SBO',
    name: 'Strategisch Bestuurlijk Overleg',
    aliases: ['SBO', 'Strategisch Bestuurlijk Overleg segment 1', 'Strategic Administrative Meeting', 'Strategic Board Meeting'],
    partnership: SEGMENT1,
    // "Binnen het SBO worden afspraken altijd op basis van consensus gemaakt".
    decisionRule: 'CONSENSUS',
    // "een adequate vervanger die hem/haar rechtsgeldig kan vertegenwoordigen".
    substituteRule: 'SAME_ORGANISATION_WITH_MANDATE',
    rhythmRule: null,
    rhythmNote: SBO_RHYTHM,
    // "De voorzitter van het ORO organiseert verzorgt de agenda's en de verslaglegging."
    // Dates of the demo; the source names only the number of meetings a year.
    meetingTime: '15:00',
    meetings: [{ day: '2026-03-12' }, { day: '2026-06-11' }, { day: '2026-09-10' }, { day: '2026-12-10' }, { day: '2027-03-11' }],
    deadlinePolicy: { responsible: 'ORO-voorzitter', remindDaysBefore: REMIND },
    sourceRef: '001 SBO',
    escalatesTo: null,
  },
  {
    code: 'ORO',
    name: 'Operationeel Regie Overleg',
    aliases: ['ORO', 'Operationeel Regieoverleg', 'Operational Steering Meeting', 'Operational Management Meeting'],
    partnership: SEGMENT1,
    // "Uitvoerende (operationele) besluiten kunnen met meerderheid van stemmen wordt genomen".
    decisionRule: 'MAJORITY',
    // "een adequate vervanger die hem/haar op inhoud kan vervangen in het ORO": no mandate needed.
    substituteRule: 'SAME_ORGANISATION',
    // Monthly; the weekday (second Wednesday) is the demo's choice, the source names none.
    rhythmRule: 'FREQ=MONTHLY;BYDAY=+2WE',
    rhythmNote: 'Maandelijks. Tijdens de startfase 1 x in de 2 weken',
    seriesStart: SERIES_START,
    meetingTime: '10:00',
    deadlinePolicy: { responsible: 'ORO-voorzitter', remindDaysBefore: REMIND },
    sourceRef: '001 ORO',
    // "Lukt het ook binnen het ORO niet om overeenstemming te bereiken dan heeft het SBO de escalerende rol."
    escalatesTo: 'SBO',
  },
  {
    code: 'STUURGROEP',
    name: 'Stuurgroep gemeenten',
    aliases: ['Stuurgroep', 'Stuurgroep segment 1', 'Steering group municipalities', 'Steering group'],
    partnership: SEGMENT1,
    // "Binnen de Stuurgroep worden afspraken altijd op basis van consensus gemaakt (meerderheid +1)".
    decisionRule: 'ABSOLUTE_MAJORITY',
    substituteRule: 'SAME_ORGANISATION',
    rhythmRule: null,
    rhythmNote: SBO_RHYTHM,
    // "Een aan te wijzen ambtelijke regionaal vertegenwoordiger organiseert en verzorgt de agenda's".
    deadlinePolicy: { responsible: 'ambtelijk regionaal vertegenwoordiger', remindDaysBefore: REMIND },
    sourceRef: '001 Stuurgroep gemeenten',
    escalatesTo: null,
  },
  {
    code: 'AAO',
    name: 'Ambtelijk afstemmingsoverleg',
    aliases: ['AAO', 'Ambtelijk overleg segment 1', 'Civil service coordination meeting'],
    partnership: SEGMENT1,
    // "Te komen tot een gezamenlijke ambtelijke besluitvorming".
    decisionRule: 'COMMON_AGREEMENT',
    substituteRule: 'SAME_ORGANISATION',
    // Monthly; first Wednesday (demo's choice) so it prepares the ORO of the second Wednesday.
    rhythmRule: 'FREQ=MONTHLY;BYDAY=+1WE',
    rhythmNote: 'Maandelijks of zoveel meer als noodzakelijk',
    seriesStart: SERIES_START,
    meetingTime: '10:00',
    deadlinePolicy: { responsible: 'voorzitter', remindDaysBefore: REMIND },
    sourceRef: '001 Ambtelijk afstemmingsoverleg',
    escalatesTo: null,
  },
  contractTalks('CM-NOORD', 'Combinatie Noord', 'Combination North', 'Noord'),
  contractTalks('CM-ZUID', 'Combinatie Zuid', 'Combination South', 'Zuid'),
  {
    code: 'KBO',
    name: 'Klein Bestuurlijk Overleg',
    aliases: ['KBO', 'Klein Bestuurlijk Overleg Achterhoek', 'Small Administrative Meeting', 'Small Board Meeting'],
    partnership: ACHTERHOEK,
    // Art. 1: "dat er geen besluitvorming plaatsvindt in het Klein Bestuurlijk Overleg".
    decisionRule: 'NO_DECISIONS',
    // Art. 4: "vervangen door een collega uit de eigen organisatie/coalitie/gemeente".
    substituteRule: 'SAME_ORGANISATION_OR_COMBINATION',
    rhythmRule: null,
    rhythmNote: 'Geen vaste frequentie in de spelregels; de data worden per jaar vastgesteld',
    // Art. 5: "De agenda: min 3 weken voorafgaand aan het overleg", "Het verslag: max 3 weken na het overleg."
    // Dates of the demo: "de data worden per jaar vastgesteld".
    meetingTime: '16:00',
    meetings: [{ day: '2026-10-08' }, { day: '2026-12-17' }, { day: '2027-02-11' }, { day: '2027-04-15' }],
    deadlinePolicy: { agendaDaysBefore: 21, minutesDaysAfter: 21, responsible: 'agendacommissie/SDA', remindDaysBefore: REMIND },
    sourceRef: '000 art. 1-6',
    escalatesTo: null,
  },
  {
    code: 'INKOOP',
    name: 'Inkoopnetwerk Steenwijkerland',
    aliases: ['Inkoopnetwerk', 'Purchasing network Steenwijkerland', 'Procurement network', 'COB-structuur'],
    partnership: STEENWIJKERLAND,
    // Art. 9.1: "stemmen voor of tegen een Uitgewerkt voorstel, waarbij zij streven naar unanimiteit".
    decisionRule: 'FOR_AGAINST_ADVICE',
    // Art. 5.2: "Iedere Partij wijst een contactpersoon aan ... Ook wijzen zij een vervanger".
    substituteRule: 'NAMED_SUBSTITUTE',
    rhythmRule: null,
    rhythmNote: 'De Gemeente organiseert periodiek een overleg met het Inkoopnetwerk',
    // Art. 5.6: "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren".
    meetingTime: '13:30',
    meetings: [{ day: '2026-09-24' }, { day: '2026-12-03' }, { day: '2027-03-04' }],
    deadlinePolicy: { reactionDays: 14, responsible: 'Gemeente Steenwijkerland', remindDaysBefore: REMIND },
    sourceRef: '002 art. 5, 9',
    escalatesTo: null,
  },
  {
    code: 'FOT',
    name: 'Fysieke overlegtafel',
    aliases: ['FOT', 'Fysieke overlegtafel Steenwijkerland', 'Overlegtafel', 'Physical consultation table'],
    partnership: STEENWIJKERLAND,
    // Art. 9.1: "De Fysieke overlegtafel stemt als onderdeel van het Inkoopnetwerk."
    decisionRule: 'FOR_AGAINST_ADVICE',
    substituteRule: 'NAMED_SUBSTITUTE',
    rhythmRule: null,
    rhythmNote: 'periodieke bijeenkomst van Gemeente en een geselecteerde vertegenwoordiging van Aanbieders',
    deadlinePolicy: { reactionDays: 14, responsible: 'Gemeente Steenwijkerland', remindDaysBefore: REMIND },
    sourceRef: '002 art. 1.3, 7',
    escalatesTo: null,
  },
  {
    code: 'BOSD',
    name: 'Bestuurlijk Overleg Sociaal Domein',
    aliases: ['BOSD', 'Bestuurlijk Overleg Sociaal Domein Flevoland', 'Administrative Meeting Social Domain'],
    partnership: FLEVOLAND,
    // 5.2: "Definitieve besluitvorming vindt plaats in het BOSD."
    decisionRule: 'COMMON_AGREEMENT',
    substituteRule: 'SAME_ORGANISATION',
    rhythmRule: 'FREQ=MONTHLY;BYDAY=+3TH',
    rhythmNote: 'Het BOSD komt maandelijks bijeen op de derde donderdag van de maand.',
    // 5.3: "uiterlijk zeven dagen voor het overleg versturen van de agenda en bestuurlijke stukken".
    seriesStart: SERIES_START,
    meetingTime: '14:00',
    deadlinePolicy: { agendaDaysBefore: 7, papersDaysBefore: 7, responsible: 'programmamanager', remindDaysBefore: REMIND },
    sourceRef: '004 5.2-5.3',
    escalatesTo: null,
  },
  {
    code: 'DOSD',
    name: 'Directeurenoverleg Sociaal Domein',
    aliases: ['DOSD', 'Directeurenoverleg', "Directors' meeting social domain"],
    partnership: FLEVOLAND,
    // 3.4.1: "Van de besluiten die het DOSD neemt wordt een besluitenlijst opgesteld."
    decisionRule: 'DECISION_LIST',
    substituteRule: 'SAME_ORGANISATION',
    rhythmRule: FIRST_TUESDAY,
    rhythmNote: 'maandelijkse regiodag, iedere eerste dinsdag van de maand',
    // "Deze wordt door de regiosecretaris gedeeld"; 7 days is the product's choice.
    seriesStart: SERIES_START,
    meetingTime: '09:30',
    deadlinePolicy: { decisionListDaysAfter: 7, responsible: 'regiosecretaris', remindDaysBefore: REMIND },
    sourceRef: '004 3.4.1',
    // 4.3: "waarbij opschaling afhankelijk van de inhoud naar DOSD of BOSD kan plaatsvinden".
    escalatesTo: 'BOSD',
  },
  {
    code: 'CONTROL',
    name: 'Control overleg',
    aliases: ['Controloverleg', 'Controllersoverleg', 'Control meeting', "Controllers' meeting"],
    partnership: FLEVOLAND,
    // 3.4.2: "Van de besluiten die het Control overleg neemt wordt een besluitenlijst opgesteld."
    decisionRule: 'DECISION_LIST',
    substituteRule: 'SAME_ORGANISATION',
    // "minimaal vier keer per jaar": every third month on the first Tuesday.
    rhythmRule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=+1TU',
    rhythmNote: 'Het Control overleg komt minimaal vier keer per jaar bijeen op de eerste dinsdag van de maand.',
    // "Deze wordt door de voorzitter gedeeld"; 7 days is the product's choice.
    seriesStart: SERIES_START,
    meetingTime: '13:00',
    deadlinePolicy: { decisionListDaysAfter: 7, responsible: 'voorzitter', remindDaysBefore: REMIND },
    sourceRef: '004 3.4.2',
    // 3.4.1: knelpunten "vanuit het Control overleg of Overleg Bedrijfsvoering ... opgeschaald naar het DOSD".
    escalatesTo: 'DOSD',
  },
  {
    code: 'OBV',
    name: 'Overleg Bedrijfsvoering',
    aliases: ['OBV', 'Bedrijfsvoeringsoverleg', 'Beleidsteam Jeugd', 'Beleidsteam Wmo', 'Business operations meeting'],
    partnership: FLEVOLAND,
    // 2.4.2: "geven deze werkgroepen een regionaal in plaats van een lokaal advies".
    decisionRule: 'ADVISORY',
    substituteRule: 'SAME_ORGANISATION',
    rhythmRule: FIRST_TUESDAY,
    rhythmNote: 'maandelijkse regiodag, iedere eerste dinsdag van de maand',
    seriesStart: SERIES_START,
    meetingTime: '11:00',
    deadlinePolicy: { remindDaysBefore: REMIND },
    sourceRef: '004 3.4.3, 4.2',
    escalatesTo: 'DOSD',
  },
];
