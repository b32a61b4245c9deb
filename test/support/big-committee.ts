/**
 * A committee with many member seats, for vote bursts (test/platforms/*\/card-burst.test.ts, bench/):
 * `seats` members, each for a party of their own, and a secretary who opens the polls. Written
 * straight into the tables (data that was already there: no audit entries). Every member has an
 * e-mail address and, when `accounts` names a platform, an account there, linked already: a burst
 * comes from members who have used the bot before.
 */
import type { Db } from '../../src/db/database.ts';

/** What the committee is called and who is in it. */
export interface BigCommittee {
  readonly committeeId: string;
  readonly code: string;
  readonly secretary: { readonly personId: string; readonly email: string; readonly account: string };
  /** Member i: person, e-mail and platform account id. */
  readonly members: readonly { readonly personId: string; readonly email: string; readonly account: string }[];
}

/**
 * Creates the committee `code` with `seats` member seats and a secretary. `account(i)` names member
 * i's platform account (the secretary's is `account(-1)`), linked on `accounts.platform` when given.
 */
export async function createBigCommittee(
  db: Db,
  input: { code: string; seats: number; accounts?: { platform: string; account: (i: number) => string } },
): Promise<BigCommittee> {
  const { code, seats } = input;
  const tag = code.toLowerCase();
  const since = new Date('2024-01-01T00:00:00Z');
  const account = input.accounts?.account ?? ((i: number) => `${tag}-${i}`);
  await db.organisation.createMany({
    data: [
      { id: `${tag}-gemeente`, name: `Gemeente ${code}`, kind: 'MUNICIPALITY' as const },
      ...Array.from({ length: seats }, (_, i) => ({ id: `${tag}-o${i}`, name: `${code} Partij ${i}`, kind: 'PROVIDER' as const })),
    ],
  });
  const committee = await db.committee.create({
    data: { code, name: `${code} overleg`, partnership: code, decisionRule: 'MAJORITY', substituteRule: 'SAME_ORGANISATION', rhythmNote: '-', sourceRef: 'test' },
  });
  const secretary = { personId: `${tag}-sec`, email: `secretaris@${tag}.example`, account: account(-1) };
  const members = Array.from({ length: seats }, (_, i) => ({ personId: `${tag}-p${i}`, email: `lid${i}@${tag}.example`, account: account(i) }));
  await db.person.createMany({
    data: [{ id: secretary.personId, name: `Secretaris ${code}`, email: secretary.email }, ...members.map((m, i) => ({ id: m.personId, name: `Lid ${i}`, email: m.email }))],
  });
  await db.seat.createMany({
    data: [
      { committeeId: committee.id, personId: secretary.personId, onBehalfOfId: `${tag}-gemeente`, role: 'SECRETARY' as const, startsOn: since },
      ...members.map((m, i) => ({ committeeId: committee.id, personId: m.personId, onBehalfOfId: `${tag}-o${i}`, role: 'MEMBER' as const, startsOn: since })),
    ],
  });
  if (input.accounts) {
    const platform = input.accounts.platform;
    await db.platformIdentity.createMany({ data: [secretary, ...members].map((p) => ({ platform, externalId: p.account, personId: p.personId })) });
  }
  return { committeeId: committee.id, code, secretary, members };
}
