/** `/gremium taal en`: a person chooses the language the bot answers in. */
import type { Language } from '../../i18n/catalog.ts';
import { audit } from '../audit.ts';
import type { Actor, ServiceDeps } from '../deps.ts';
import { transact } from '../transact.ts';

/** Stores the preference in one audited transaction. */
export async function setLanguage(deps: ServiceDeps, input: { actor: Actor & { personId: string }; language: Language }): Promise<void> {
  const now = deps.now();
  await transact(deps, async (tx) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: input.actor.personId }, select: { id: true, language: true } });
    if (before.language === input.language) return;
    const after = await tx.person.update({ where: { id: before.id }, data: { language: input.language }, select: { id: true, language: true } });
    await audit(tx, input.actor, { action: 'person.language', subjectType: 'Person', subjectId: before.id, before, after }, now);
  });
}
