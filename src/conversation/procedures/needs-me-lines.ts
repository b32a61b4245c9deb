/**
 * The procedures' lines of "wat staat er voor mij open?" and the Slack App Home (issue 16, 17 point 5):
 * each proposal waiting for my party's reaction with its last day and the command to react, and each
 * impasse step my party must act in with its last day (and the command to deliver, in steps 1 and 2b).
 */
import type { Language } from '../../i18n/catalog.ts';
import { formatDay } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { ImpasseAwaitingMe, ProceduresNeedingMe, ProposalAwaitingReaction } from '../../services/procedures/procedures-needing-me.ts';
import { asWord, commandLine } from '../command-text.ts';
import { PROCEDURE_VERBS } from './verbs.ts';

/**
 * A proposal's line. `hideConfidential`: others read along (a channel), so a confidential proposal is
 * named by its number only (002 art. 5.7: "... worden niet gepubliceerd.").
 */
export function proposalNeedsMeLine(lang: Language, p: ProposalAwaitingReaction, hideConfidential: boolean): string {
  const hidden = p.confidential && hideConfidential;
  const react = PROCEDURE_VERBS.find((v) => v.id === 'proposal.react')!;
  const command = commandLine(react, lang, { committee: p.committeeCode, proposal: hidden ? `#${p.number}` : p.title, text: lang === 'nl' ? '<reactie>' : '<reaction>' });
  return t(lang, 'NEEDS_PROPOSAL_LINE', { committee: p.committeeCode, label: hidden ? `#${p.number}` : `"${p.title}" (#${p.number})`, party: p.party, due: formatDay(lang, p.due), command });
}

/** An impasse step's line, with the delivery command where my party still delivers. */
export function impasseNeedsMeLine(lang: Language, i: ImpasseAwaitingMe): string {
  const verb = i.deliver === 'ARGUMENTS' ? (lang === 'nl' ? 'impasse argumenten' : 'impasse arguments') : 'impasse document';
  const command = i.deliver ? `/gremium ${verb} ${i.committeeCode} ${asWord(i.subject)}` : null;
  return t(lang, 'NEEDS_IMPASSE_LINE', { committee: i.committeeCode, subject: i.subject, party: i.party, step: i.step, ...(i.due ? { due: formatDay(lang, i.due) } : {}), ...(command ? { command } : {}) });
}

/** Both parts with their headings; an empty part is left out. */
export function procedureNeedsMeLines(lang: Language, p: ProceduresNeedingMe, hideConfidential: boolean): string[] {
  const part = (heading: string, lines: string[]) => (lines.length ? [t(lang, heading), ...lines] : []);
  return [
    ...part('NEEDS_PROPOSALS', p.proposals.map((x) => proposalNeedsMeLine(lang, x, hideConfidential))),
    ...part('NEEDS_IMPASSES', p.impasses.map((x) => impasseNeedsMeLine(lang, x))),
  ];
}
