/**
 * Conversation references: what a platform needs to post into a conversation later without being
 * asked (Teams proactive messages). Stored on install and on every mention; a reference is opaque
 * JSON to everyone but its platform. Not audited: it records where the bot may speak, not a
 * governance fact, and it is rewritten on every mention.
 */
import type { Prisma } from '../../db/client.ts';
import { runStatement } from '../../db/raw-sql.ts';
import type { ServiceDeps } from '../deps.ts';

/** A stored reference and the platform user ids seen in that conversation (most recent last). */
export interface StoredConversation {
  readonly reference: Record<string, unknown>;
  readonly userIds: readonly string[];
}

/** Keeps the most recent people who talked to the bot in a conversation (Teams refreshes at most 60). */
const MAX_USERS = 60;

const conversationKey = (platform: string, conversationId: string) => `${platform}:conv:${conversationId}`;
const personalKey = (platform: string, externalId: string) => `${platform}:user:${externalId}`;

function parse(json: Prisma.JsonValue | null | undefined): StoredConversation | null {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const value = json as { reference?: unknown; userIds?: unknown };
  if (!value.reference || typeof value.reference !== 'object') return null;
  const userIds = Array.isArray(value.userIds) ? value.userIds.filter((u): u is string => typeof u === 'string') : [];
  return { reference: value.reference as Record<string, unknown>, userIds };
}

/**
 * The cache (ServiceDeps.caches.conversationRefs) holds what this process last stored per row: a turn
 * whose reference is unchanged and whose speaker is already among the people seen writes nothing (a
 * mention otherwise costs a transaction with a read and one or two upserts). The people seen then keep
 * the order of the last write rather than strict recency (that order only decides who is dropped past
 * MAX_USERS), and the stored reference keeps the speaker of the last write. Another instance's writes
 * are not seen here; at worst this one skips rewriting what it wrote itself.
 */
const MAX_CACHED = 10_000;

/**
 * One statement for both rows (db/raw-sql.ts), no transaction held open: every new speaker in a
 * channel writes here, and in a vote burst hundreds of turns did at once; as interactive transactions
 * on PGlite's one connection they waited past Prisma's two seconds and the turns failed. The upsert
 * reads the people seen from the row it locks, so concurrent speakers each add themselves.
 * $1 conversation row, $2 platform, $3 reference (JSON), $4 speaker or null, $5 now, $6 people kept,
 * $7 personal row or null. Answers the people seen in the conversation after the write.
 */
const REMEMBER_SQL = `
  WITH conversation AS (
    INSERT INTO "ConversationRef" (id, platform, reference, "updatedAt")
    VALUES ($1, $2, jsonb_build_object('reference', $3::jsonb, 'userIds', CASE WHEN $4::text IS NULL THEN '[]'::jsonb ELSE jsonb_build_array($4::text) END), $5)
    ON CONFLICT (id) DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt", reference = jsonb_build_object('reference', $3::jsonb, 'userIds', (
      SELECT coalesce(jsonb_agg(kept.u ORDER BY kept.n), '[]'::jsonb) FROM (
        SELECT everyone.u, everyone.n FROM (
          SELECT seen.u, seen.n FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof("ConversationRef".reference->'userIds') = 'array' THEN "ConversationRef".reference->'userIds' ELSE '[]'::jsonb END) WITH ORDINALITY AS seen(u, n)
           WHERE $4::text IS NULL OR seen.u <> $4::text
          UNION ALL SELECT $4::text, 2147483647 WHERE $4::text IS NOT NULL
        ) everyone ORDER BY everyone.n DESC LIMIT $6
      ) kept))
    RETURNING reference->'userIds' AS "userIds"
  ), personal AS (
    INSERT INTO "ConversationRef" (id, platform, reference, "updatedAt")
    SELECT $7, $2, jsonb_build_object('reference', $3::jsonb, 'userIds', CASE WHEN $4::text IS NULL THEN '[]'::jsonb ELSE jsonb_build_array($4::text) END), $5
     WHERE $7::text IS NOT NULL
    ON CONFLICT (id) DO UPDATE SET reference = EXCLUDED.reference, "updatedAt" = EXCLUDED."updatedAt"
    RETURNING id
  )
  SELECT "userIds"::text AS "userIds", (SELECT count(*) FROM personal)::int AS personal FROM conversation`;

/**
 * Remembers the reference of a conversation, adding `userId` to the people seen there; with
 * `personalOf`, also as that account's personal conversation (for messages to one person).
 */
export async function rememberConversation(
  deps: ServiceDeps,
  input: { platform: string; conversationId: string; reference: Record<string, unknown>; userId?: string | null; personalOf?: string | null },
): Promise<void> {
  const id = conversationKey(input.platform, input.conversationId);
  const personal = input.personalOf ? personalKey(input.platform, input.personalOf) : null;
  // The reference names its last speaker (`user`); in a channel that changes with every speaker, while
  // posting there later needs only the conversation, service URL and bot. So it does not count as a change.
  const reference = JSON.stringify({ ...input.reference, user: undefined });
  const cache = deps.caches.conversationRefs;
  const known = cache.get(id);
  const knownPersonal = personal ? cache.get(personal) : null;
  const unchanged =
    known !== undefined && known.reference === reference && (!input.userId || known.userIds.includes(input.userId)) &&
    (!personal || (knownPersonal !== undefined && knownPersonal !== null && knownPersonal.reference === reference && knownPersonal.userIds.join() === (input.userId ?? '')));
  if (unchanged) return;
  const values = [id, input.platform, JSON.stringify(input.reference), input.userId ?? null, deps.now(), MAX_USERS, personal];
  const [row] = await runStatement<{ userIds: string }>(deps.db, { name: 'gremium_remember_conversation', text: REMEMBER_SQL, values });
  const written = (JSON.parse(row?.userIds ?? '[]') as unknown[]).filter((u): u is string => typeof u === 'string');
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(id, { reference, userIds: written });
  if (personal) cache.set(personal, { reference, userIds: input.userId ? [input.userId] : [] });
}

/** The stored conversation, or null when the bot never saw it. */
export async function findConversation(deps: ServiceDeps, input: { platform: string; conversationId: string }): Promise<StoredConversation | null> {
  const row = await deps.db.conversationRef.findUnique({ where: { id: conversationKey(input.platform, input.conversationId) }, select: { reference: true } });
  return parse(row?.reference);
}

/** The personal conversation (one-to-one chat with the bot) of one platform account, or null. */
export async function findAccountConversation(deps: ServiceDeps, input: { platform: string; externalId: string }): Promise<StoredConversation | null> {
  const row = await deps.db.conversationRef.findUnique({ where: { id: personalKey(input.platform, input.externalId) }, select: { reference: true } });
  return parse(row?.reference);
}

/** The personal conversation of any of the person's accounts on the platform, or null. */
export async function findPersonalConversation(deps: ServiceDeps, input: { platform: string; personId: string }): Promise<StoredConversation | null> {
  const identities = await deps.db.platformIdentity.findMany({ where: { personId: input.personId, platform: input.platform }, select: { externalId: true } });
  if (identities.length === 0) return null;
  const rows = await deps.db.conversationRef.findMany({
    where: { id: { in: identities.map((i) => personalKey(input.platform, i.externalId)) } },
    select: { reference: true },
    orderBy: { updatedAt: 'desc' },
    take: 1,
  });
  return parse(rows[0]?.reference);
}

/** The committee's conversation on the platform: its CommitteeChannel reference, else the stored one. */
export async function findCommitteeConversation(deps: ServiceDeps, input: { platform: string; committeeId: string }): Promise<StoredConversation | null> {
  const row = await deps.db.committeeChannel.findUnique({
    where: { committeeId_platform: { committeeId: input.committeeId, platform: input.platform } },
    select: { channel: true, reference: true },
  });
  if (!row) return null;
  const own = row.reference && typeof row.reference === 'object' && !Array.isArray(row.reference) ? { reference: row.reference as Record<string, unknown>, userIds: [] } : null;
  return (await findConversation(deps, { platform: input.platform, conversationId: row.channel })) ?? own;
}
