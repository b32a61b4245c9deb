/**
 * The RegistryRevision rows (schema.prisma): what kind of change moves each. services/audit.ts moves
 * them with each audited change; readers compare them to what they cached (registry-catalog.ts for
 * the names, poll-roster.ts for who may vote). A file of its own so that both sides import it
 * without importing each other.
 */
export const REVISION = { registry: 1, voting: 2 } as const;
