/**
 * The impasse procedure of 004 (Flevoland), appendix 2 ("Escalatiemodel en spelregels"), as a state
 * machine: each step, its last day, and the event that moves it on. Pure; the services keep the case
 * (ImpasseCase) and turn each step's last day into a deadline (a Duty) with reminders.
 */
import { addDays, type LocalDate } from '../local-date.ts';
import { err, ok, type DomainError, type Result } from '../result.ts';
import type { Article } from './articles.ts';

const B = (text: string, where: string): Article => ({ seed: '004', where: `bijlage 2, ${where}`, text });

/** The appendix's sentences, verbatim (test/domain/procedures/impasse.test.ts checks them against docs/sources). */
export const IMPASSE_ARTICLES = {
  STEP1_DOCUMENTS: B('Betrokken partijen maken allen een impassedocument op en sturen dat naar elkaar.', 'stap 1'),
  STEP2_COMPARE: B('Vergelijk dit met het eigen impassedocument en ga na of partijen dezelfde impasse voor ogen hebben.', 'stap 2'),
  STEP2A_TALK: B('Indien het impasse-document niet overeenkomt, plan dan zo spoedig mogelijk maar uiterlijk binnen 2 weken een gesprek in om het daarover te hebben;', 'stap 2a'),
  STEP2B_ARGUMENTS: B('Stellen betrokken partijen de argumenten voor hun standpunt kort en bondig op schrift en zenden de argumenten binnen 2 weken naar de andere partijen;', 'stap 2b'),
  STEP2B_MEETING: B('binnen 2 weken nadat de argumenten zijn verzonden wordt een afspraak ingepland om aan de hand van de argumenten het gesprek met elkaar aan te gaan.', 'stap 2b'),
  STEP3_TALK: B('Ga op basis van de argumenten het gesprek met elkaar aan;', 'stap 3'),
  STEP4_MEDIATOR: B('Deze persoon dient binnen 3 weken door betrokken partijen aangewezen te worden, om vervolgens daarna binnen 2 weken een nieuwe vergadering in te plannen.', 'stap 4'),
  STEP4_MEETING: B('Deze persoon dient binnen 3 weken door betrokken partijen aangewezen te worden, om vervolgens daarna binnen 2 weken een nieuwe vergadering in te plannen.', 'stap 4'),
  STEP5_MEDIATION: B('Als binnen 3 maanden nadat het eerste gesprek is gevoerd met een derde persoon de conclusie is dat er geen speelruimte is en betrokken partijen een andere koers voor ogen hebben/niet op 1 lijn gaan komen of bereid zijn een compromis te sluiten, vallen we terug op artikel 15 van de Centrumregeling, geschillenregeling.', 'stap 5'),
  DISPUTE_CLAUSE: B('Concreet betekent dat dat het geschil besproken dient te worden door een gemandateerde afvaardiging van de colleges.', 'stap 5'),
  RESOLVED: B('Er een analyse volgt of er overeenstemmingen zijn in bijvoorbeeld het te behalen doel/resultaat;', 'stap 3'),
} as const satisfies Record<string, Article>;

/** A step of the procedure. DISPUTE_CLAUSE and RESOLVED end the case. */
export type ImpasseStep = keyof typeof IMPASSE_ARTICLES;
/** The steps in order, for answers. */
export const IMPASSE_STEPS = Object.keys(IMPASSE_ARTICLES) as ImpasseStep[];
/** True when the case has ended. */
export const isClosedStep = (step: ImpasseStep) => step === 'DISPUTE_CLAUSE' || step === 'RESOLVED';

/**
 * What moves a case on, as the secretary records it:
 * DIFFER / SAME (step 2: the documents differ, or show the same impasse), SAME_IMPASSE / NO_AGREEMENT
 * (after the 2a talk; NO_AGREEMENT also after the step 3 talk and in step 5), PLANNED (the 2b meeting is
 * planned on `day`), MEDIATOR (named), TALK_HELD (the first talk with the mediator, on `day`), RESOLVED.
 * Deliveries (documents, arguments) move steps 1 and 2b on by themselves ({@link afterDeliveries}).
 */
export type ImpasseEvent = 'DIFFER' | 'SAME' | 'SAME_IMPASSE' | 'NO_AGREEMENT' | 'PLANNED' | 'MEDIATOR' | 'TALK_HELD' | 'RESOLVED';

/** A step and its last day. */
export interface StepState {
  readonly step: ImpasseStep;
  readonly due: LocalDate | null;
}

/** The day three calendar months after `day` (step 5: "binnen 3 maanden"); the 31st clamps to the month's end. */
export function addMonths(day: LocalDate, months: number): LocalDate {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * WRONG_STEP: the event does not apply to the case's step (params `step`, `event`, `expected`: the
 * events that do). MISSING_DAY: PLANNED or TALK_HELD without the day. MISSING_MEDIATOR: MEDIATOR without a name.
 */
export type ImpasseError = DomainError<'WRONG_STEP' | 'MISSING_DAY' | 'MISSING_MEDIATOR' | 'IMPASSE_CLOSED'>;

const EXPECTED: Readonly<Record<ImpasseStep, readonly ImpasseEvent[]>> = {
  STEP1_DOCUMENTS: ['RESOLVED'],
  STEP2_COMPARE: ['DIFFER', 'SAME', 'RESOLVED'],
  STEP2A_TALK: ['SAME_IMPASSE', 'NO_AGREEMENT', 'RESOLVED'],
  STEP2B_ARGUMENTS: ['RESOLVED'],
  STEP2B_MEETING: ['PLANNED', 'RESOLVED'],
  STEP3_TALK: ['NO_AGREEMENT', 'RESOLVED'],
  STEP4_MEDIATOR: ['MEDIATOR', 'RESOLVED'],
  STEP4_MEETING: ['TALK_HELD', 'RESOLVED'],
  STEP5_MEDIATION: ['NO_AGREEMENT', 'RESOLVED'],
  DISPUTE_CLAUSE: [],
  RESOLVED: [],
};

/** The next step after `event` on `today`, or why the event does not apply. */
export function advance(
  current: ImpasseStep,
  event: ImpasseEvent,
  today: LocalDate,
  facts: { readonly day?: LocalDate | null; readonly mediator?: string | null } = {},
): Result<StepState & { readonly mediatedOn?: LocalDate }, ImpasseError> {
  if (isClosedStep(current)) return err('IMPASSE_CLOSED', { step: current });
  if (!EXPECTED[current].includes(event)) return err('WRONG_STEP', { step: current, event, expected: [...EXPECTED[current]] });
  switch (event) {
    case 'RESOLVED':
      return ok({ step: 'RESOLVED', due: null });
    case 'DIFFER':
      return ok({ step: 'STEP2A_TALK', due: addDays(today, 14) });
    case 'SAME':
    case 'SAME_IMPASSE':
      return ok({ step: 'STEP2B_ARGUMENTS', due: addDays(today, 14) });
    case 'NO_AGREEMENT':
      return ok(current === 'STEP5_MEDIATION' ? { step: 'DISPUTE_CLAUSE', due: null } : { step: 'STEP4_MEDIATOR', due: addDays(today, 21) });
    case 'PLANNED':
      if (!facts.day) return err('MISSING_DAY', { event });
      return ok({ step: 'STEP3_TALK', due: facts.day });
    case 'MEDIATOR':
      if (!facts.mediator) return err('MISSING_MEDIATOR');
      return ok({ step: 'STEP4_MEETING', due: addDays(today, 14) });
    case 'TALK_HELD':
      if (!facts.day) return err('MISSING_DAY', { event });
      return ok({ step: 'STEP5_MEDIATION', due: addMonths(facts.day, 3), mediatedOn: facts.day });
  }
}

/**
 * After a party delivered its document (step 1) or its arguments (step 2b): when every party has,
 * the case moves on (step 2, or the 2b meeting within 2 weeks of the arguments being sent).
 */
export function afterDeliveries(current: ImpasseStep, delivered: number, parties: number, today: LocalDate): StepState | null {
  if (delivered < parties) return null;
  if (current === 'STEP1_DOCUMENTS') return { step: 'STEP2_COMPARE', due: null };
  if (current === 'STEP2B_ARGUMENTS') return { step: 'STEP2B_MEETING', due: addDays(today, 14) };
  return null;
}

/** Whether the parties still deliver something in this step (their reminders name what). */
export const deliveryOf = (step: ImpasseStep): 'DOCUMENT' | 'ARGUMENTS' | null =>
  step === 'STEP1_DOCUMENTS' ? 'DOCUMENT' : step === 'STEP2B_ARGUMENTS' ? 'ARGUMENTS' : null;
