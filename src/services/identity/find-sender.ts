/**
 * Who sent a chat message: a person the adapter already knows by id, or the person linked to a
 * platform account. Read once at the start of every turn that the adapter did not read it for.
 */
import type { ServiceDeps } from '../deps.ts';
import { findLinkedPerson, type LinkedPerson } from './link-identity.ts';

/** A sender as the conversation names them: a person id, or a platform account to look up. */
export type SenderKey = { readonly personId: string } | { readonly platform: string; readonly externalId: string };

/** The sender's id, name and stored language preference; null when the person or the link is unknown. */
export async function findSender(deps: ServiceDeps, sender: SenderKey): Promise<LinkedPerson | null> {
  if (!('personId' in sender)) return findLinkedPerson(deps, sender);
  return deps.db.person.findUnique({ where: { id: sender.personId }, select: { id: true, name: true, language: true } });
}
