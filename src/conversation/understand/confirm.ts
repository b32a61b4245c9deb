/**
 * A write is never made from a reading of free text (issue 15, point 2): a sentence that asks to change
 * something ("Ik ben verhinderd bij het volgende SBO, Piet Jansen vervangt mij", "het ORO van 5 mei gaat
 * niet door") is answered with what the bot understood and the exact command that does it, as a button.
 * Only that button, or the command typed, writes; a name read with typo tolerance is named as read, so
 * the person sees the guess before anything happens.
 */
import type { LocalDate } from '../../domain/local-date.ts';
import type { DutyKind } from '../../domain/schedule/deadlines.ts';
import { formatDay } from '../../i18n/format.ts';
import { dutyName } from '../../i18n/schedule.ts';
import { t } from '../../i18n/index.ts';
import type { Language } from '../../i18n/catalog.ts';
import { nameKey } from '../../domain/names.ts';
import type { Catalog, CommitteeName, PersonName } from '../../services/registry/registry-catalog.ts';
import { commandLine } from '../command-text.ts';
import { theCommittee } from '../committee-words.ts';
import type { TurnContext } from '../context.ts';
import { card, type Reply } from '../reply.ts';
import { dutyWord } from '../schedule/answers.ts';
import { VERBS } from '../verbs.ts';
import type { VerbSpec } from '../verb.ts';

/** A write as understood: the verb's id, its values as the command takes them, and a sentence per language. */
export interface ProposedWrite {
  readonly verb: string;
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly summary: (lang: Language) => string;
  /** Names read with typo tolerance: what was typed and what it was taken for. */
  readonly guesses: readonly { readonly typed: string; readonly read: string }[];
}

function verbOf(id: string): VerbSpec {
  const verb = VERBS.find((v) => v.id === id);
  if (!verb) throw new Error(`confirm: no verb ${id}`);
  return verb;
}

/** The confirmation of an understood write: its summary, the names read past a typo, and its command. */
export function confirmWrite(ctx: TurnContext, write: ProposedWrite): Reply[] {
  return confirmVerb(ctx, write.verb, write.values, write.summary, write.guesses);
}

/** A person as a command takes them and people read it: the name, or the e-mail address when others share the name. */
export function personKey(catalog: Catalog, p: PersonName): string {
  const sharing = catalog.index.people.get(nameKey(p.name))?.length ?? 0;
  return sharing <= 1 || !p.email ? p.name : p.email;
}

/** "op 11 maart 2027" or "van 1 januari 2027 tot en met 1 april 2027". */
function when(lang: Language, day: LocalDate, until: LocalDate | null): string {
  return until ? t(lang, 'CONFIRM_PERIOD', { from: formatDay(lang, day), until: formatDay(lang, until) }) : t(lang, 'CONFIRM_ON_DAY', { day: formatDay(lang, day) });
}

/** The summary of a notice of absence, for one meeting or a period. */
export function absenceSummary(committee: CommitteeName, day: LocalDate, until: LocalDate | null, holder: PersonName | null, substitute: PersonName | null) {
  return (lang: Language) => t(lang, holder ? 'CONFIRM_ABSENCE_FOR' : 'CONFIRM_ABSENCE', {
    the: theCommittee(lang, committee), day: when(lang, day, until), ...(holder ? { holder: holder.name } : {}), ...(substitute ? { substitute: substitute.name } : {}),
  });
}

/** The summary of a notice withdrawn. */
export function withdrawSummary(committee: CommitteeName, day: LocalDate, until: LocalDate | null, holder: PersonName | null) {
  return (lang: Language) => t(lang, holder ? 'CONFIRM_WITHDRAW_FOR' : 'CONFIRM_WITHDRAW', {
    the: theCommittee(lang, committee), day: when(lang, day, until), ...(holder ? { holder: holder.name } : {}),
  });
}

/** The summary of a cancelled meeting. */
export function cancelSummary(committee: CommitteeName, day: LocalDate) {
  return (lang: Language) => t(lang, 'CONFIRM_CANCEL', { the: theCommittee(lang, committee), day: formatDay(lang, day) });
}

/** The summary of a duty marked done. */
export function dutySummary(committee: CommitteeName, day: LocalDate, duty: DutyKind) {
  return (lang: Language) => t(lang, 'CONFIRM_DUTY_DONE', { duty: dutyName(lang, duty), the: theCommittee(lang, committee), day: formatDay(lang, day) });
}

/** The value `/gremium gedaan` takes for a duty, in `lang`. */
export const dutyValue = (lang: Language, duty: DutyKind): string => dutyWord(lang, duty);

/**
 * The confirmation of any understood write: the verb's command line built from `values` (named as the
 * verb's positional arguments and options), shown with the button that runs it; `summary` says in
 * words what will happen, when the caller has one; `guesses` are names read past a typo.
 */
export function confirmVerb(
  ctx: TurnContext,
  verbId: string,
  values: Readonly<Record<string, string | undefined>>,
  summary?: (lang: Language) => string,
  guesses: ProposedWrite['guesses'] = [],
): Reply[] {
  const { lang } = ctx;
  const command = commandLine(verbOf(verbId), lang, values);
  return [card({
    title: t(lang, 'CONFIRM_WRITE_TITLE'),
    lines: [
      ...(summary ? [summary(lang)] : []),
      ...guesses.map((g) => t(lang, 'CONFIRM_WRITE_GUESS', { typed: g.typed, read: g.read })),
      t(lang, 'CONFIRM_WRITE_COMMAND', { command }),
    ],
    actions: [{ id: 'confirm', label: t(lang, 'CONFIRM_WRITE_BUTTON'), command, style: 'primary' }],
    footer: t(lang, 'CONFIRM_WRITE_FOOTER'),
  })];
}
