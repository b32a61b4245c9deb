/** Answers the registry questions: who represents, who sits in, where does, who is the secretary, what are the rules. */
import { parseDateText } from '../domain/date-text.ts';
import type { LocalDate } from '../domain/local-date.ts';
import { err, ok, type Result } from '../domain/result.ts';
import { formatDay, roleName } from '../i18n/format.ts';
import { joinList } from '../i18n/catalog.ts';
import { t } from '../i18n/index.ts';
import { errorReply, type TurnContext } from './context.ts';
import { helpReply } from './help.ts';
import { membersReply } from './registry/members-reply.ts';
import type { Question } from './questions.ts';
import { card, text, type Reply } from './reply.ts';
import { resolveCommittee, resolveOrganisation, resolvePerson } from './resolve.ts';
import { seatLine } from './registry/seat-lines.ts';

/** The day a question is about: its date, else today. */
export function questionDay(ctx: TurnContext, date: string | null): Result<LocalDate> {
  if (date === null) return ok(ctx.today);
  const day = parseDateText(date, ctx.today);
  return day === null ? err('INVALID_DATE', { value: date }) : ok(day);
}

/** Answers one parsed question. */
export async function answerQuestion(ctx: TurnContext, question: Question): Promise<Reply[]> {
  const { lang } = ctx;
  if (question.kind === 'help') return [helpReply(lang)];
  const day = questionDay(ctx, question.date);
  if (!day.ok) return [errorReply(lang, day.error)];
  const past = day.value < ctx.today;
  switch (question.kind) {
    case 'represents':
      return answerRepresents(ctx, question.splits, day.value, past || question.past);
    case 'members':
    case 'rules': {
      const committee = resolveCommittee(ctx.catalog, question.committee, lang);
      if (!committee.ok) return [errorReply(lang, committee.error)];
      // A rules question gets the committee's card with its rules and source, as `/gremium lijst` shows it.
      return membersReply(ctx, committee.value.id, day.value, question.kind === 'rules');
    }
    case 'where': {
      const person = resolvePerson(ctx.catalog, question.person, lang);
      if (!person.ok) return [errorReply(lang, person.error)];
      const seats = await ctx.services.findSeatsOfPerson({ personId: person.value.id, day: day.value });
      const params = { person: person.value.name, day: formatDay(lang, day.value), ...(past ? { past: 'yes' } : {}) };
      if (seats.length === 0) return [text(t(lang, 'WHERE_NONE', params))];
      const lines = seats.map((s) =>
        t(lang, 'WHERE_LINE', { committee: s.committee.code, committeeName: s.committee.name, role: roleName(lang, s.role), organisation: s.onBehalfOf.name }),
      );
      return [card({ title: t(lang, 'WHERE_TITLE', params), lines })];
    }
    case 'role': {
      const committee = resolveCommittee(ctx.catalog, question.committee, lang);
      if (!committee.ok) return [errorReply(lang, committee.error)];
      const seats = await ctx.services.findRoleHolders({ committeeId: committee.value.id, role: question.role, day: day.value });
      const params = { committee: committee.value.code, role: roleName(lang, question.role), day: formatDay(lang, day.value) };
      if (seats.length === 0) return [text(t(lang, 'ROLE_NONE', params))];
      const people = seats.map((s) => `${s.person.name}${s.person.email ? ` (${s.person.email})` : ''}`);
      return [text(t(lang, 'ROLE_ANSWER', { ...params, people: joinList(people, lang) }))];
    }
  }
}

async function answerRepresents(
  ctx: TurnContext,
  splits: readonly { organisation: string; committee: string }[],
  day: LocalDate,
  past: boolean,
): Promise<Reply[]> {
  const { lang, catalog } = ctx;
  if (splits.length === 0) return [errorReply(lang, { code: 'NOT_UNDERSTOOD' })];
  // Try every reading of "X in Y"; the one where both names are known wins.
  const readings = splits.map((s) => ({ committee: resolveCommittee(catalog, s.committee, lang), organisation: resolveOrganisation(catalog, s.organisation, lang) }));
  const both = readings.find((r) => r.committee.ok && r.organisation.ok);
  if (!both) {
    const committeeKnown = readings.find((r) => r.committee.ok);
    const failing = committeeKnown ? committeeKnown.organisation : readings[readings.length - 1]!.committee;
    if (!failing.ok) return [errorReply(lang, failing.error)];
    return [errorReply(lang, { code: 'NOT_UNDERSTOOD' })];
  }
  if (!both.committee.ok || !both.organisation.ok) return [errorReply(lang, { code: 'NOT_UNDERSTOOD' })];
  const committee = both.committee.value;
  const organisation = both.organisation.value;
  const where = { committeeId: committee.id, organisationId: organisation.id, day };
  const { seats, substitutes } = await ctx.services.findRepresentation(where);
  const params = { organisation: organisation.name, committee: committee.code, day: formatDay(lang, day), ...(past ? { past: 'yes' } : {}) };
  if (seats.length === 0) return [text(t(lang, 'REPRESENTS_NONE', params))];
  return [
    card({
      title: t(lang, 'REPRESENTS_TITLE', params),
      subtitle: formatDay(lang, day),
      lines: [
        ...seats.map((s) => seatLine(lang, s, { organisation: false, mandate: true })),
        // Accepted substitution declarations for that day's meeting (decisions facet).
        ...substitutes.map((d) =>
          t(lang, 'REPRESENTS_SUBSTITUTED', { holder: d.seatHolderName, substitute: d.substituteName, day: formatDay(lang, day) }),
        ),
      ],
    }),
  ];
}
