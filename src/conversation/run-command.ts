/** Runs a parsed secretary command against the services and words the result. */
import { parseDateText } from '../domain/date-text.ts';
import type { LocalDate } from '../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../domain/result.ts';
import { formatDay, roleName } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { addSeat } from '../services/add-seat.ts';
import { endSeat } from '../services/end-seat.ts';
import { recordMandate } from '../services/record-mandate.ts';
import { revokeMandate } from '../services/revoke-mandate.ts';
import { setLanguage } from '../services/set-language.ts';
import type { Command } from './commands.ts';
import { errorReply, type TurnContext } from './context.ts';
import { helpReply } from './help.ts';
import { historyReply, findSeat } from './history-reply.ts';
import { membersReply } from './members-reply.ts';
import { text, type Reply } from './reply.ts';
import { resolveCommittee, resolveOrganisation, resolvePerson } from './resolve.ts';

type Run<V extends Command['verb']> = (ctx: TurnContext, command: Extract<Command, { verb: V }>) => Promise<Reply[]>;

function day(ctx: TurnContext, value: string): Result<LocalDate> {
  const parsed = parseDateText(value, ctx.today);
  return parsed === null ? err('INVALID_DATE', { value }) : ok(parsed);
}

/** Unwraps results in order; the first failure becomes the reply. */
function firstError(...results: Result<unknown>[]): DomainError | null {
  for (const r of results) if (!r.ok) return r.error;
  return null;
}

const actorOf = (ctx: TurnContext) => ({ personId: ctx.asker.personId, label: ctx.asker.name });

const list: Run<'list'> = async (ctx, c) => {
  const committee = resolveCommittee(ctx.catalog, c.committee, ctx.lang);
  const on = c.date ? day(ctx, c.date) : ok(ctx.today);
  const failure = firstError(committee, on);
  if (failure || !committee.ok || !on.ok) return [errorReply(ctx.lang, failure!)];
  return membersReply(ctx, committee.value.id, on.value, true);
};

const seatAdd: Run<'seat.add'> = async (ctx, c) => {
  const { lang, catalog } = ctx;
  const committee = resolveCommittee(catalog, c.committee, lang);
  const person = resolvePerson(catalog, c.person, lang);
  const from = day(ctx, c.from);
  const until = c.until ? day(ctx, c.until) : ok(null);
  const substitute = c.substitute ? resolvePerson(catalog, c.substitute, lang) : ok(null);
  let failure = firstError(committee, person, from, until, substitute);
  if (failure || !committee.ok || !person.ok || !from.ok || !until.ok || !substitute.ok) return [errorReply(lang, failure!)];
  // "namens" defaults to the person's own organisation, as in the membership spreadsheet.
  const employer = c.onBehalfOf === null ? await ctx.deps.db.person.findUnique({ where: { id: person.value.id }, select: { organisation: { select: { name: true } } } }) : null;
  const orgName = c.onBehalfOf ?? employer?.organisation?.name ?? null;
  if (orgName === null) return [errorReply(lang, { code: 'MISSING_ARGUMENT', params: { argument: 'onBehalfOf', usage: '' } })];
  const organisation = resolveOrganisation(catalog, orgName, lang);
  failure = firstError(organisation);
  if (failure || !organisation.ok) return [errorReply(lang, failure!)];
  const result = await addSeat(ctx.deps, {
    actor: actorOf(ctx), committeeId: committee.value.id, personId: person.value.id, onBehalfOfId: organisation.value.id,
    role: c.role, from: from.value, until: until.value, substituteId: substitute.value?.id ?? null,
  });
  if (!result.ok) return [errorReply(lang, withDays(lang, result.error))];
  return [text(t(lang, 'SEAT_ADDED', {
    person: person.value.name, role: roleName(lang, c.role), committee: committee.value.code, organisation: organisation.value.name,
    from: formatDay(lang, from.value), ...(until.value ? { until: formatDay(lang, until.value) } : {}),
  }))];
};

const seatEnd: Run<'seat.end'> = async (ctx, c) => {
  const until = day(ctx, c.until);
  if (!until.ok) return [errorReply(ctx.lang, until.error)];
  const seat = await findSeat(ctx, c);
  if (!seat.ok) return [errorReply(ctx.lang, seat.error)];
  const result = await endSeat(ctx.deps, { actor: actorOf(ctx), seatId: seat.value.seatId, until: until.value });
  if (!result.ok) return [errorReply(ctx.lang, withDays(ctx.lang, result.error))];
  return [text(t(ctx.lang, 'SEAT_ENDED', { person: result.value.personName, committee: result.value.committeeCode, until: formatDay(ctx.lang, until.value) }))];
};

const mandateRecord: Run<'mandate.record'> = async (ctx, c) => {
  const { lang, catalog } = ctx;
  const person = resolvePerson(catalog, c.person, lang);
  const organisation = resolveOrganisation(catalog, c.organisation, lang);
  const from = day(ctx, c.from);
  const until = c.until ? day(ctx, c.until) : ok(null);
  const failure = firstError(person, organisation, from, until);
  if (failure || !person.ok || !organisation.ok || !from.ok || !until.ok) return [errorReply(lang, failure!)];
  const scope = c.scope ?? 'bestuurlijk';
  const result = await recordMandate(ctx.deps, { actor: actorOf(ctx), personId: person.value.id, organisationId: organisation.value.id, from: from.value, until: until.value, scope });
  if (!result.ok) return [errorReply(lang, withDays(lang, result.error))];
  return [text(t(lang, 'MANDATE_RECORDED', {
    person: person.value.name, organisation: organisation.value.name, from: formatDay(lang, from.value), scope,
    ...(until.value ? { until: formatDay(lang, until.value) } : {}),
  }))];
};

const mandateRevoke: Run<'mandate.revoke'> = async (ctx, c) => {
  const { lang, catalog } = ctx;
  const person = resolvePerson(catalog, c.person, lang);
  const organisation = resolveOrganisation(catalog, c.organisation, lang);
  const failure = firstError(person, organisation);
  if (failure || !person.ok || !organisation.ok) return [errorReply(lang, failure!)];
  const result = await revokeMandate(ctx.deps, { actor: actorOf(ctx), personId: person.value.id, organisationId: organisation.value.id });
  if (!result.ok) return [errorReply(lang, result.error)];
  return [text(t(lang, 'MANDATE_REVOKED', { person: person.value.name, organisation: organisation.value.name }))];
};

const language: Run<'language'> = async (ctx, c) => {
  await setLanguage(ctx.deps, { actor: actorOf(ctx), language: c.language });
  return [text(t(c.language, 'LANGUAGE_SET'))];
};

/** Dates inside service errors are ISO; show them as words. */
function withDays(lang: TurnContext['lang'], error: DomainError): DomainError {
  if (!error.params) return error;
  const params = Object.fromEntries(
    Object.entries(error.params).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDay(lang, v) : v]),
  );
  return { ...error, params };
}

/** Runs a command (other than `ask`, which the caller answers as a question). */
export async function runCommand(ctx: TurnContext, command: Exclude<Command, { verb: 'ask' }>): Promise<Reply[]> {
  switch (command.verb) {
    case 'help': return [helpReply(ctx.lang)];
    case 'list': return list(ctx, command);
    case 'seat.add': return seatAdd(ctx, command);
    case 'seat.end': return seatEnd(ctx, command);
    case 'mandate.record': return mandateRecord(ctx, command);
    case 'mandate.revoke': return mandateRevoke(ctx, command);
    case 'history': return historyReply(ctx, command);
    case 'language': return language(ctx, command);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}
