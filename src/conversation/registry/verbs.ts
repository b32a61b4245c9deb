/** The registry's verbs: list a committee, add and end seats, record and revoke mandates, history, language. */
import { parseDateText } from '../../domain/date-text.ts';
import type { LocalDate } from '../../domain/local-date.ts';
import { err, ok, type DomainError, type Result } from '../../domain/result.ts';
import { formatDay, roleName } from '../../i18n/format.ts';
import { handoverReplies } from './handover-replies.ts';
import { t } from '../../i18n/index.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { historyReply, findSeat } from './history-reply.ts';
import { membersReply } from './members-reply.ts';
import { text, type Reply } from '../reply.ts';
import { defineVerb, optional, zDate, zLanguage, zRole, zText, type VerbSpec } from '../verb.ts';
import { z } from 'zod';
import type { SeatRole } from '../../domain/registry/words.ts';
import type { Language } from '../../i18n/catalog.ts';
import { resolveCommittee, resolveOrganisation, resolvePerson } from '../resolve.ts';


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

const list = async (ctx: TurnContext, c: { committee: string; date: string | null }) => {
  const committee = resolveCommittee(ctx.catalog, c.committee, ctx.lang);
  const on = c.date ? day(ctx, c.date) : ok(ctx.today);
  const failure = firstError(committee, on);
  if (failure || !committee.ok || !on.ok) return [errorReply(ctx.lang, failure!)];
  return membersReply(ctx, committee.value.id, on.value, true);
};

const seatAdd = async (ctx: TurnContext, c: { committee: string; person: string; role: SeatRole; onBehalfOf: string | null; from: string; until: string | null; substitute: string | null }) => {
  const { lang, catalog } = ctx;
  const committee = resolveCommittee(catalog, c.committee, lang);
  const person = resolvePerson(catalog, c.person, lang);
  const from = day(ctx, c.from);
  const until = c.until ? day(ctx, c.until) : ok(null);
  const substitute = c.substitute ? resolvePerson(catalog, c.substitute, lang) : ok(null);
  let failure = firstError(committee, person, from, until, substitute);
  if (failure || !committee.ok || !person.ok || !from.ok || !until.ok || !substitute.ok) return [errorReply(lang, failure!)];
  // "namens" defaults to the person's own organisation, as in the membership spreadsheet.
  const employer = c.onBehalfOf === null ? await ctx.services.findEmployer({ personId: person.value.id }) : null;
  const orgName = c.onBehalfOf ?? employer?.name ?? null;
  if (orgName === null) return [errorReply(lang, { code: 'MISSING_ARGUMENT', params: { argument: 'onBehalfOf', usage: '' } })];
  const organisation = resolveOrganisation(catalog, orgName, lang);
  failure = firstError(organisation);
  if (failure || !organisation.ok) return [errorReply(lang, failure!)];
  const result = await ctx.services.addSeat({
    actor: actorOf(ctx), committeeId: committee.value.id, personId: person.value.id, onBehalfOfId: organisation.value.id,
    role: c.role, from: from.value, until: until.value, substituteId: substitute.value?.id ?? null,
  });
  if (!result.ok) return [errorReply(lang, withDays(lang, result.error))];
  return [text(t(lang, 'SEAT_ADDED', {
    person: person.value.name, role: roleName(lang, c.role), committee: committee.value.code, organisation: organisation.value.name,
    from: formatDay(lang, from.value), ...(until.value ? { until: formatDay(lang, until.value) } : {}),
  }))];
};

const seatEnd = async (ctx: TurnContext, c: { committee: string; person: string; until: string; role: SeatRole | null; onBehalfOf: string | null }) => {
  const until = day(ctx, c.until);
  if (!until.ok) return [errorReply(ctx.lang, until.error)];
  const seat = await findSeat(ctx, c);
  if (!seat.ok) return [errorReply(ctx.lang, seat.error)];
  const result = await ctx.services.endSeat({ actor: actorOf(ctx), seatId: seat.value.seatId, until: until.value });
  if (!result.ok) return [errorReply(ctx.lang, withDays(ctx.lang, result.error))];
  return [text(t(ctx.lang, 'SEAT_ENDED', { person: result.value.personName, committee: result.value.committeeCode, until: formatDay(ctx.lang, until.value) })), ...(await handoverReplies(ctx, result.value, until.value))];
};

const mandateRecord = async (ctx: TurnContext, c: { person: string; organisation: string; from: string; until: string | null; scope: string | null }) => {
  const { lang, catalog } = ctx;
  const person = resolvePerson(catalog, c.person, lang);
  const organisation = resolveOrganisation(catalog, c.organisation, lang);
  const from = day(ctx, c.from);
  const until = c.until ? day(ctx, c.until) : ok(null);
  const failure = firstError(person, organisation, from, until);
  if (failure || !person.ok || !organisation.ok || !from.ok || !until.ok) return [errorReply(lang, failure!)];
  // Without reikwijdte= the service chooses: the secretary's own committee, or organisation-wide for an administrator.
  const result = await ctx.services.recordMandate({ actor: actorOf(ctx), personId: person.value.id, organisationId: organisation.value.id, from: from.value, until: until.value, scope: c.scope });
  if (!result.ok) return [errorReply(lang, withDays(lang, result.error))];
  return [text(t(lang, 'MANDATE_RECORDED', {
    person: person.value.name, organisation: organisation.value.name, from: formatDay(lang, from.value), scope: result.value.scope,
    ...(until.value ? { until: formatDay(lang, until.value) } : {}),
  }))];
};

const mandateRevoke = async (ctx: TurnContext, c: { person: string; organisation: string }) => {
  const { lang, catalog } = ctx;
  const person = resolvePerson(catalog, c.person, lang);
  const organisation = resolveOrganisation(catalog, c.organisation, lang);
  const failure = firstError(person, organisation);
  if (failure || !person.ok || !organisation.ok) return [errorReply(lang, failure!)];
  const result = await ctx.services.revokeMandate({ actor: actorOf(ctx), personId: person.value.id, organisationId: organisation.value.id });
  if (!result.ok) return [errorReply(lang, result.error)];
  return [text(t(lang, 'MANDATE_REVOKED', { person: person.value.name, organisation: organisation.value.name, kept: result.value.kept }))];
};

const language = async (ctx: TurnContext, c: { language: Language }) => {
  await ctx.services.setLanguage({ actor: actorOf(ctx), language: c.language });
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

const seatAddSchema = z.object({
  committee: zText, person: zText, role: zRole, onBehalfOf: optional(zText), from: zDate, until: optional(zDate), substitute: optional(zText),
});

/** The registry's verbs. */
export const REGISTRY_VERBS: readonly VerbSpec[] = [
  defineVerb({
    id: 'list',
    words: { list: 'en', lijst: 'nl' },
    positional: ['committee'],
    options: { date: ['op', 'on', 'datum', 'date'] },
    usage: { nl: '/gremium lijst <gremium> [op=<datum>]', en: '/gremium list <committee> [on=<date>]' },
    schema: z.object({ committee: zText, date: optional(zDate) }),
    run: list,
  }),
  defineVerb({
    id: 'seat.add',
    words: { 'seat add': 'en', 'add seat': 'en', 'zetel toevoegen': 'nl' },
    positional: ['committee', 'person'],
    options: { role: ['rol', 'role'], onBehalfOf: ['namens', 'for', 'organisatie', 'organisation'], from: ['van', 'from'], until: ['tot', 'until'], substitute: ['vervanger', 'substitute'] },
    usage: {
      nl: '/gremium zetel toevoegen <gremium> <persoon> rol=<lid|adviseur|voorzitter|secretaris> [namens=<organisatie>] van=<datum> [tot=<datum>] [vervanger=<persoon>]',
      en: '/gremium seat add <committee> <person> role=<member|adviser|chair|secretary> [for=<organisation>] from=<date> [until=<date>] [substitute=<person>]',
    },
    schema: seatAddSchema,
    run: seatAdd,
  }),
  defineVerb({
    id: 'seat.end',
    words: { 'seat end': 'en', 'end seat': 'en', 'zetel beeindigen': 'nl', 'zetel einde': 'nl' },
    positional: ['committee', 'person'],
    options: { until: ['tot', 'until'], role: ['rol', 'role'], onBehalfOf: ['namens', 'for'] },
    usage: { nl: '/gremium zetel beeindigen <gremium> <persoon> tot=<datum> [rol=<rol>] [namens=<organisatie>]', en: '/gremium seat end <committee> <person> until=<date> [role=<role>] [for=<organisation>]' },
    schema: z.object({ committee: zText, person: zText, until: zDate, role: optional(zRole), onBehalfOf: optional(zText) }),
    run: seatEnd,
  }),
  defineVerb({
    id: 'mandate.record',
    words: { 'mandate record': 'en', 'mandate add': 'en', 'mandaat vastleggen': 'nl', 'mandaat toevoegen': 'nl' },
    positional: ['person'],
    options: { organisation: ['namens', 'for', 'organisatie', 'organisation'], from: ['van', 'from'], until: ['tot', 'until'], scope: ['reikwijdte', 'scope'] },
    usage: {
      nl: '/gremium mandaat vastleggen <persoon> namens=<organisatie> van=<datum> [tot=<datum>] [reikwijdte=<gremiumcode|bestuurlijk>]',
      en: '/gremium mandate record <person> for=<organisation> from=<date> [until=<date>] [scope=<committee code|bestuurlijk>]',
    },
    schema: z.object({ person: zText, organisation: zText, from: zDate, until: optional(zDate), scope: optional(zText) }),
    run: mandateRecord,
  }),
  defineVerb({
    id: 'mandate.revoke',
    words: { 'mandate revoke': 'en', 'mandaat intrekken': 'nl' },
    positional: ['person'],
    options: { organisation: ['namens', 'for', 'organisatie', 'organisation'] },
    usage: { nl: '/gremium mandaat intrekken <persoon> namens=<organisatie>', en: '/gremium mandate revoke <person> for=<organisation>' },
    schema: z.object({ person: zText, organisation: zText }),
    run: mandateRevoke,
  }),
  defineVerb({
    id: 'history',
    words: { history: 'en', historie: 'nl', geschiedenis: 'nl' },
    positional: ['committee', 'person'],
    options: {},
    usage: { nl: '/gremium historie <gremium> <persoon>', en: '/gremium history <committee> <person>' },
    schema: z.object({ committee: zText, person: zText }),
    run: historyReply,
  }),
  defineVerb({
    id: 'language',
    words: { language: 'en', taal: 'nl' },
    positional: ['language'],
    options: {},
    usage: { nl: '/gremium taal <nl|en>', en: '/gremium language <nl|en>' },
    schema: z.object({ language: zLanguage }),
    run: language,
  }),
];
