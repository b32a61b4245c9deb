/** Every verb of the grammar, facet by facet. */
import type { VerbSpec } from './verb.ts';
import { DECISION_VERBS } from './decisions/verbs.ts';
import { DIGEST_VERBS } from './identity/digest.ts';
import { LINK_VERBS } from './identity/verbs.ts';
import { REGISTRY_VERBS } from './registry/verbs.ts';
import { SCHEDULE_VERBS } from './schedule/verbs.ts';
import { PROCEDURE_VERBS } from './procedures/verbs.ts';
import { AGENDA_VERBS, IMPASSE_VERBS } from './procedures/impasse-verbs.ts';

/** All verbs; help lists them in this order. */
export const VERBS: readonly VerbSpec[] = [...REGISTRY_VERBS, ...DECISION_VERBS, ...SCHEDULE_VERBS, ...PROCEDURE_VERBS, ...IMPASSE_VERBS, ...AGENDA_VERBS, ...LINK_VERBS, ...DIGEST_VERBS];
