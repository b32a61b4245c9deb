/** A meeting named "next", "previous" or by its date, as its day. */
import type { LocalDate } from '../../domain/local-date.ts';
import { t } from '../../i18n/index.ts';
import type { CommitteeName } from '../../services/registry/registry-catalog.ts';
import { theCommittee } from '../committee-words.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { text, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';
import { committeeText } from './slot-text.ts';
import type { MeetingRef, Slot } from './read-message.ts';

/**
 * The day of a meeting named "next", "previous" or by its date (`ahead`: a year-less date's next
 * occurrence), or the replies that say why there is none.
 */
export async function meetingDay(ctx: TurnContext, committee: Slot<CommitteeName>, meeting: MeetingRef, ahead: boolean): Promise<LocalDate | Reply[]> {
  if (meeting.kind === 'on') return ahead ? meeting.date.upcoming : meeting.date.day;
  const resolved = resolveCommittee(ctx.catalog, committeeText(committee), ctx.lang);
  if (!resolved.ok) return [errorReply(ctx.lang, resolved.error)];
  const c = resolved.value;
  const the = theCommittee(ctx.lang, c);
  if (meeting.kind === 'next') {
    const [next] = await ctx.services.findNextMeetingDays({ committeeId: c.id, from: ctx.today, count: 1 });
    return next ?? [text(t(ctx.lang, 'NO_MEETING_AHEAD', { the }))];
  }
  const last = await ctx.services.findLastMeetingDay({ committeeId: c.id, before: ctx.today });
  const The = the.charAt(0).toUpperCase() + the.slice(1);
  return last ?? [text(t(ctx.lang, 'NO_MEETING_BEFORE', { The }))];
}
