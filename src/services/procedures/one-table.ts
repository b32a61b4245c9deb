/**
 * "Besluitvorming gebeurt op één tafel, oftewel er vindt maar één keer, op één plek, een besluit plaats
 * over een onderwerp." (004, 2.4.1). When a committee whose rules come from that document puts a
 * question to a vote that another committee of its partnership has voted on already (the same
 * question, or one containing the other), the poll still opens, and the opener is warned where the
 * subject was put to a vote before. A warning, not a refusal: whether it is "the same subject" is the
 * secretary's call, and a second table may have a reason (a question asked again after new facts).
 */
import type { LocalDate } from '../../domain/local-date.ts';
import { amsterdamDay } from '../../domain/schedule/clock.ts';
import type { Tx } from '../deps.ts';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Questions shorter than this are too general to call the same subject ("Akkoord?"). */
const MIN_SUBJECT = 12;

/** The other committee (and the day) where the same question was put to a vote, or null. */
export async function otherTable(tx: Tx, committeeId: string, question: string): Promise<{ committee: string; day: LocalDate } | null> {
  const here = await tx.committee.findUniqueOrThrow({ where: { id: committeeId }, select: { partnership: true, sourceRef: true } });
  if (!here.sourceRef.trim().startsWith('004')) return null;
  const q = norm(question);
  if (q.length < MIN_SUBJECT) return null;
  const polls = await tx.poll.findMany({
    where: { committeeId: { not: committeeId }, committee: { partnership: here.partnership } },
    select: { question: true, createdAt: true, committee: { select: { code: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const same = polls.find((p) => {
    const other = norm(p.question);
    return other.length >= MIN_SUBJECT && (other === q || other.includes(q) || q.includes(other));
  });
  return same ? { committee: same.committee.code, day: amsterdamDay(same.createdAt) } : null;
}
