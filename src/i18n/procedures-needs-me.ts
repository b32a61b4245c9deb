/** The procedures' part of "wat staat er voor mij open?" (conversation/procedures/needs-me-lines.ts), nl and en. */
import { str, type Catalog } from './catalog.ts';
import { IMPASSE_STEP_WORDS } from './impasse.ts';

/** Messages by code. */
export const procedureNeedsMeMessages = {
  NEEDS_PROPOSALS: { nl: () => 'Voorstellen die op de reactie van uw partij wachten (002 art. 5.6):', en: () => "Proposals waiting for your party's reaction (002 art. 5.6):" },
  NEEDS_PROPOSAL_LINE: {
    nl: (p) => `${str(p, 'committee')}: voorstel ${str(p, 'label')}, reageer namens ${str(p, 'party')} uiterlijk ${str(p, 'due')} - ${str(p, 'command')}`,
    en: (p) => `${str(p, 'committee')}: proposal ${str(p, 'label')}, react for ${str(p, 'party')} by ${str(p, 'due')} - ${str(p, 'command')}`,
  },
  NEEDS_IMPASSES: { nl: () => 'Impasses waarin uw partij aan zet is (004 bijlage 2):', en: () => 'Impasses in which your party must act (004 appendix 2):' },
  NEEDS_IMPASSE_LINE: {
    nl: (p) => `${str(p, 'committee')}: impasse over "${str(p, 'subject')}" (${str(p, 'party')}), ${IMPASSE_STEP_WORDS[str(p, 'step')]?.nl ?? str(p, 'step')}${p.due ? `, uiterlijk ${str(p, 'due')}` : ''}${p.command ? ` - ${str(p, 'command')}` : ''}`,
    en: (p) => `${str(p, 'committee')}: impasse about "${str(p, 'subject')}" (${str(p, 'party')}), ${IMPASSE_STEP_WORDS[str(p, 'step')]?.en ?? str(p, 'step')}${p.due ? `, by ${str(p, 'due')}` : ''}${p.command ? ` - ${str(p, 'command')}` : ''}`,
  },
} satisfies Catalog;
