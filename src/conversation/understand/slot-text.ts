/**
 * A slot as the name a facet's answer resolves again: the registry's own unique name for it (a code,
 * a name, an e-mail address), or the text as typed when it is unknown, misspelt or shared.
 */
import type { CommitteeName, OrganisationName, PersonName } from '../../services/registry/registry-catalog.ts';
import type { Slot } from './read-message.ts';

/** A committee by its code. */
export const committeeText = (s: Slot<CommitteeName>): string => s.item?.code ?? s.typed;
/** An organisation by its name. */
export const organisationText = (s: Slot<OrganisationName>): string => s.item?.name ?? s.typed;
/** A person by e-mail address (unique), else by name. */
export const personText = (s: Slot<PersonName>): string => (s.item ? (s.item.email ?? s.item.name) : s.typed);
