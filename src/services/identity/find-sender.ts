/**
 * Who sent a chat message: a person the adapter already knows by id, or the person linked to a
 * platform account. Read once at the start of every turn that the adapter did not read it for.
 */
import { runStatement } from '../../db/raw-sql.ts';
import type { ServiceDeps } from '../deps.ts';
import { findLinkedPerson, type LinkedPerson } from './link-identity.ts';

/** A sender as the conversation names them: a person id, or a platform account to look up. */
export type SenderKey = { readonly personId: string } | { readonly platform: string; readonly externalId: string };

/**
 * Read on every console turn, so as one plain prepared statement (db/raw-sql.ts): through Prisma's
 * findUnique it took three times as long (1.0 against 0.3 ms on the embedded database), a third of
 * a registry question's whole turn.
 */
const PERSON_BY_ID_SQL = 'SELECT id, name, language FROM "Person" WHERE id = $1';

/** The sender's id, name and stored language preference; null when the person or the link is unknown. */
export async function findSender(deps: ServiceDeps, sender: SenderKey): Promise<LinkedPerson | null> {
  if (!('personId' in sender)) return findLinkedPerson(deps, sender);
  const [row] = await runStatement<LinkedPerson>(deps.db, { name: 'gremium_person_by_id', text: PERSON_BY_ID_SQL, values: [sender.personId] });
  return row ? { id: row.id, name: row.name, language: row.language } : null;
}
