/**
 * Answers about a committee's rules, from the committee's own data (the region's workbook) and with
 * the sentence of the source document it comes from: "mag het KBO besluiten nemen?", "wat is de
 * besluitregel van de Stuurgroep?", "who may replace me at the SBO?", "het ORO komt er niet uit, waar
 * escaleren we naar?", "wie is het aanspreekpunt van de regio?".
 */
import { ruleSpec, sourceForCommittee } from '../../domain/decisions/decision-rule-table.ts';
import { SOURCES } from '../../domain/decisions/sources.ts';
import { SUBSTITUTE_RULE_SOURCES } from '../../domain/decisions/substitution.ts';
import { IMPASSE_STEPS, quotesFor, seedOf } from '../../domain/rules/rule-quotes.ts';
import type { Language } from '../../i18n/catalog.ts';
import { joinList } from '../../i18n/catalog.ts';
import { formatDay, roleName } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { CommitteeRules } from '../../services/registry/find-committee-rules.ts';
import { committeeLabel, theCommittee } from '../committee-words.ts';
import { errorReply, type TurnContext } from '../context.ts';
import { deadlinesText } from '../registry/members-reply.ts';
import { card, type Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';
import { contactAnswer, quoted, quoteLines, type Quoted } from './rule-contact.ts';
import { committeeText } from './slot-text.ts';
import type { Intent } from './understand.ts';

type RuleIntent = Extract<Intent, { kind: 'rule' }>;

/** Answers one question about a committee's rule. */
export async function answerRule(ctx: TurnContext, q: RuleIntent): Promise<Reply[]> {
  const { lang } = ctx;
  if (q.topic === 'contact') return contactAnswer(ctx, q.committee);
  if (!q.committee) return [await whichCommittee(ctx)];
  const resolved = resolveCommittee(ctx.catalog, committeeText(q.committee), lang);
  if (!resolved.ok) return [errorReply(lang, resolved.error)];
  const rules = await ctx.services.findCommitteeRules({ committeeId: resolved.value.id });
  if (!rules) return [errorReply(lang, { code: 'UNKNOWN_COMMITTEE', params: { name: q.committee.typed } })];
  const the = theCommittee(lang, rules);
  const lines = await linesFor(ctx, q.topic, rules);
  return [card({ title: t(lang, `RULE_TITLE_${q.topic.toUpperCase()}`, { the }), lines: [...lines.body, ...lines.sources] })];
}

/** "Over welk gremium?", with the asker's own committees as examples. */
async function whichCommittee(ctx: TurnContext): Promise<Reply> {
  const mine = new Set(await ctx.services.committeesOfPerson(ctx.asker.personId));
  const codes = ctx.catalog.committees.filter((c) => mine.has(c.id)).map((c) => c.code).slice(0, 4);
  const suggestions = codes.map((c) => `"${c}"`).join(ctx.lang === 'nl' ? ' of ' : ' or ');
  return errorReply(ctx.lang, { code: 'RULE_WHICH_COMMITTEE', params: codes.length ? { suggestions } : {} });
}

/** The answer's sentences and its source lines. */
async function linesFor(ctx: TurnContext, topic: RuleIntent['topic'], c: CommitteeRules): Promise<{ body: string[]; sources: string[] }> {
  const { lang } = ctx;
  const the = theCommittee(lang, c);
  const p = { the };
  const own = (extra: readonly Quoted[] = []) => quoteLines(lang, [...extra, ...quotesFor(topic, c).map(quoted)], c.sourceRef);
  const spec = ruleSpec(c.decisionRule);
  switch (topic) {
    case 'decision': {
      const main = sourceForCommittee(c.decisionRule, c.sourceRef);
      const may = t(lang, spec.bindingPollAllowed ? 'RULE_MAY_DECIDE_YES' : 'RULE_MAY_DECIDE_NO', p);
      return { body: [may, t(lang, `DECIDE_${c.decisionRule}`)], sources: quoteLines(lang, main ? [main] : [], c.sourceRef) };
    }
    case 'votes': {
      if (!spec.bindingPollAllowed) return { body: [t(lang, 'VOTES_NONE', p), t(lang, `DECIDE_${c.decisionRule}`)], sources: own() };
      const listed = await ctx.services.listCommittee({ committeeId: c.id, day: ctx.today });
      const voting = listed?.seats.filter((s) => s.role === 'MEMBER') ?? [];
      const count = c.votePer === 'PARTY' ? new Set(voting.map((s) => s.onBehalfOf.id)).size : voting.length;
      return { body: [t(lang, c.votePer === 'PARTY' ? 'VOTES_PARTY' : 'VOTES_SEAT'), t(lang, 'VOTES_COUNT', { count })], sources: own() };
    }
    case 'substitute': {
      const body = [t(lang, `SUBSTITUTE_${c.substituteRule}`)];
      const seats = (await ctx.services.findSeatsOfPerson({ personId: ctx.asker.personId, day: ctx.today })).filter((s) => s.committee.id === c.id && s.role !== 'SECRETARY');
      if (seats.length > 0) {
        const named = seats.find((s) => s.substitute)?.substitute?.name;
        body.push(t(lang, 'SUBSTITUTE_YOURS', { organisations: joinList([...new Set(seats.map((s) => s.onBehalfOf.name))], lang), ...(named ? { named } : {}) }));
        if (c.substituteRule !== 'NONE') body.push(t(lang, 'SUBSTITUTE_HOW', { label: committeeLabel(c) }));
      }
      const key = c.substituteRule === 'NONE' ? null : SUBSTITUTE_RULE_SOURCES[c.substituteRule];
      const quote = key && SOURCES[key].seed === seedOf(c.sourceRef) ? [quoted(SOURCES[key])] : [];
      return { body, sources: own(quote) };
    }
    case 'mandate': {
      const body = [t(lang, c.mandateRequired ? 'MANDATE_REQUIRED_YES' : 'MANDATE_REQUIRED_NO', p)];
      if (!c.mandateRequired && c.substituteRule === 'SAME_ORGANISATION_WITH_MANDATE') body.push(t(lang, 'MANDATE_FOR_SUBSTITUTE'));
      return { body, sources: own() };
    }
    case 'deadlines': {
      const body = [t(lang, 'DEADLINES_ARE', { list: capital(deadlinesText(lang, c.deadlinePolicy)) })];
      if (c.deadlinePolicy.responsible) body.push(t(lang, 'DEADLINES_BY', { who: c.deadlinePolicy.responsible }));
      return { body, sources: own() };
    }
    case 'rhythm': {
      const body = [t(lang, 'RHYTHM_IS', { note: c.rhythmNote, ...(c.hasRhythm ? { time: c.meetingTime } : {}) })];
      const [next] = await ctx.services.findNextMeetingDays({ committeeId: c.id, from: ctx.today, count: 1 });
      if (next) body.push(t(lang, 'RHYTHM_NEXT', { day: formatDay(lang, next) }));
      return { body, sources: own() };
    }
    case 'purpose':
      return { body: [t(lang, c.purpose ? 'PURPOSE_IS' : 'PURPOSE_NONE', { ...p, purpose: c.purpose ?? '' }), t(lang, 'PARTNERSHIP_IS', { partnership: c.partnership })], sources: own() };
    case 'composition':
      return { body: await compositionLines(ctx, c), sources: own() };
    case 'escalation': {
      const target = c.escalatesTo ? theCommittee(lang, c.escalatesTo) : null;
      const body = [target ? t(lang, 'ESCALATES_TO', { ...p, target }) : t(lang, 'ESCALATES_NOWHERE', p)];
      // 004 appendix 2: the Flevoland committees settle an impasse in steps, each with a term.
      if (seedOf(c.sourceRef) === '004') body.push(t(lang, 'IMPASSE_INTRO'), ...IMPASSE_STEPS.map((s) => t(lang, 'IMPASSE_STEP', { step: s.step })));
      return { body, sources: own() };
    }
    case 'agenda': {
      const who = c.deadlinePolicy.responsible;
      const body = [t(lang, who ? 'AGENDA_BY' : 'AGENDA_BY_NONE', { ...p, ...(who ? { who } : {}) })];
      const committee = await ctx.services.findRoleHolders({ committeeId: c.id, role: 'AGENDA_COMMITTEE', day: ctx.today });
      if (committee.length > 0) body.push(t(lang, 'AGENDA_COMMITTEE_NOW', { people: joinList(committee.map((s) => s.person.name), lang) }));
      return { body, sources: own() };
    }
    case 'contact':
      return { body: [], sources: [] };
  }
}

/** The composition rules in words, and the seats filled today by role. */
async function compositionLines(ctx: TurnContext, c: CommitteeRules): Promise<string[]> {
  const { lang } = ctx;
  const lines: string[] = [];
  const kinds = Object.entries(c.composition).map(([kind, count]) => `${kindName(lang, kind)} ${count}`);
  if (kinds.length) lines.push(t(lang, 'COMPOSITION_KINDS', { list: joinList(kinds, lang) }));
  if (c.seatsPerParty !== null) lines.push(t(lang, 'COMPOSITION_PER_PARTY', { count: c.seatsPerParty }));
  if (c.ownOrganisationOnly) lines.push(t(lang, 'COMPOSITION_OWN_ONLY'));
  const listed = await ctx.services.listCommittee({ committeeId: c.id, day: ctx.today });
  const byRole = new Map<string, number>();
  for (const s of listed?.seats ?? []) byRole.set(s.role, (byRole.get(s.role) ?? 0) + 1);
  const now = [...byRole].map(([role, n]) => `${n} ${roleName(lang, role as Parameters<typeof roleName>[1])}`);
  if (now.length) lines.push(t(lang, 'COMPOSITION_NOW', { list: joinList(now, lang) }));
  return lines;
}

const KINDS: Readonly<Record<string, Record<Language, string>>> = {
  MUNICIPALITY: { nl: 'gemeenten', en: 'municipalities' },
  PROVIDER: { nl: 'aanbieders', en: 'providers' },
  COMBINATION: { nl: 'combinaties', en: 'combinations' },
  REGIONAL_BODY: { nl: 'regionale organen', en: 'regional bodies' },
  OTHER: { nl: 'andere partijen', en: 'other parties' },
};
const kindName = (lang: Language, kind: string) => KINDS[kind]?.[lang] ?? kind;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
