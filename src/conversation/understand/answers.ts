/**
 * The answers entity-first understanding added: "Is Karin Smit lid van het ORO?" (yes or no, with the
 * seats that make it so). Notice given by a secretary for a member is absence-commands.ts.
 */
import { joinList } from '../../i18n/catalog.ts';
import { formatDay, roleName } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { theCommittee } from '../committee-words.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee, resolvePerson } from '../resolve.ts';
import { committeeText, personText } from './slot-text.ts';
import type { Intent } from './understand.ts';

/** Yes or no, from the person's seats in the committee on the day (today when none is named). */
export async function isMemberAnswer(ctx: TurnContext, q: Extract<Intent, { kind: 'is-member' }>): Promise<Reply[]> {
  const { lang } = ctx;
  const person = resolvePerson(ctx.catalog, personText(q.person), lang);
  if (!person.ok) return [errorReply(lang, person.error)];
  const committee = resolveCommittee(ctx.catalog, committeeText(q.committee), lang);
  if (!committee.ok) return [errorReply(lang, committee.error)];
  const day = q.day ?? ctx.today;
  const seats = (await ctx.services.findSeatsOfPerson({ personId: person.value.id, day })).filter((s) => s.committee.id === committee.value.id);
  const params = {
    person: person.value.name,
    the: theCommittee(lang, committee.value),
    ...(q.day ? { day: formatDay(lang, day) } : {}),
    ...(day < ctx.today ? { past: 'yes' } : {}),
  };
  const roles = joinList([...new Set(seats.map((s) => roleName(lang, s.role)))], lang);
  const wanted = q.role && q.role !== 'MEMBER' ? q.role : null;
  if (wanted && !seats.some((s) => s.role === wanted)) {
    return [text(t(lang, 'IS_ROLE_NO', { ...params, role: roleName(lang, wanted), ...(seats.length ? { roles } : {}) }))];
  }
  if (seats.length === 0) return [text(t(lang, 'IS_MEMBER_NO', params))];
  const shown = wanted ? seats.filter((s) => s.role === wanted) : seats;
  return [text(t(lang, 'IS_MEMBER_YES', {
    ...params,
    roles: joinList([...new Set(shown.map((s) => roleName(lang, s.role)))], lang),
    organisations: joinList([...new Set(shown.map((s) => s.onBehalfOf.name))], lang),
  }))];
}
