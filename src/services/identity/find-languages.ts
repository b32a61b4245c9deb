/** The language each person chose, so that messages to them (a secretary's notice) use it. */
import type { ServiceDeps } from '../deps.ts';

/** One person's stored preference ("nl"/"en"), or null when they chose none. */
export interface PersonLanguage {
  readonly personId: string;
  readonly language: string | null;
}

/** The stored language of each known person among `personIds` (unknown ids are left out). */
export async function findLanguages(deps: ServiceDeps, input: { personIds: readonly string[] }): Promise<PersonLanguage[]> {
  const people = await deps.db.person.findMany({ where: { id: { in: [...input.personIds] } }, select: { id: true, language: true } });
  return people.map((p) => ({ personId: p.id, language: p.language }));
}
