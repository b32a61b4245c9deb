/**
 * Proposals in a sentence (issue 16, seed 002): "welke voorstellen staan open?", "waar staat het voorstel
 * Tarieven 2027?", "Ik dien een voorstel in bij het INKOOP: Tarieven 2028", "Reactie op voorstel
 * Tarieven 2027: wij steunen het", "het voorstel Tarieven 2027 is uitgewerkt", "de gemeente heeft het
 * voorstel Tarieven 2027 aangenomen", and the same in English. A title is free text, so it is read from
 * the message as typed (the committee's name taken out), between the cue words; the services find the
 * proposal by it (exactly, or the one open proposal whose title contains it). Writes are chosen only
 * from a statement: a question never submits, reacts or decides.
 */
import type { CommitteeName, OrganisationName } from '../../services/registry/registry-catalog.ts';
import type { Reading, Slot } from './read-message.ts';

type C = Slot<CommitteeName>;

/** The intents about proposals. */
export type ProposalIntent =
  | { readonly kind: 'proposals'; readonly committee: C | null }
  | { readonly kind: 'proposal-status'; readonly committee: C | null; readonly title: string }
  | { readonly kind: 'proposal-submit'; readonly committee: C; readonly title: string; readonly signal: boolean }
  | { readonly kind: 'proposal-react'; readonly committee: C | null; readonly title: string; readonly text: string | null }
  | { readonly kind: 'proposal-work-out'; readonly committee: C | null; readonly title: string }
  | { readonly kind: 'proposal-decide'; readonly committee: C | null; readonly title: string; readonly adopted: boolean }
  | { readonly kind: 'pilot-request'; readonly committee: C; readonly title: string; readonly from: string; readonly until: string; readonly providers: readonly Slot<OrganisationName>[] };

/** The proposal intents that change something. */
export const PROPOSAL_WRITES = ['proposal-submit', 'proposal-react', 'proposal-work-out', 'proposal-decide', 'pilot-request'] as const;

const WORD = /\b(?:voorstel|voorstellen|signaal|signalen|pilot|proposal|proposals|signal|signals)\b/iu;
const LIST = /\b(?:welke|open|openstaande|lopende)\s+voorstellen\b|\bvoorstellen\b.*\b(?:open|lopen)\b|\b(?:which|what|open|pending|current)\s+proposals\b|\bproposals\b.*\b(?:open|pending)\b/iu;
const STATUS = [
  /\b(?:waar|hoe)\s+staat\s+(?:het\s+)?(?:(?:er)?voor\s+)?(?:met\s+)?(?:het\s+|de\s+)?(?:voorstel|signaal|pilot)\s+(.+)$/iu,
  /\bstatus\s+(?:van\s+)?(?:het\s+|de\s+)?(?:voorstel|signaal|pilot)\s+(.+)$/iu,
  /\b(?:where|how)\s+(?:is|does|do|are|stands?)\s+(?:things\s+with\s+)?(?:the\s+)?(?:proposal|signal|pilot)\s+(.+)$/iu,
  /\bstatus\s+of\s+(?:the\s+)?(?:proposal|signal|pilot)\s+(.+)$/iu,
];
const SUBMIT = /\b(?:dien\w*|indien\w*|submit\w*|nieuw|nieuwe|new)\b/iu;
const REACT = /\b(?:reactie|reageren|reageer|reageert|reaction|react|reacting)\b.*?\b(?:op|to|on)\s+(?:het\s+|the\s+)?(?:voorstel|proposal)\s+([^:]+):\s*(.*)$/iu;
const WORK_OUT = [
  /\bmerk\w*\s+(?:het\s+)?voorstel\s+(.+?)\s+aan\s+als\s+uitgewerkt/iu,
  /\bmark\s+(?:the\s+)?proposal\s+(.+?)\s+as\s+worked[\s-]out/iu,
  /\b(?:voorstel|proposal)\s+(.+?)\s+(?:is\s+|als\s+)?(?:nu\s+|now\s+)?(?:uitgewerkt|worked[\s-]out)\b/iu,
];
const DECIDER = /\b(?:gemeente|college|municipality|council)\b/iu;
/** The municipality's decision: the pattern, which group holds the title, and whether it says adopted. */
const DECIDE: readonly { readonly pattern: RegExp; readonly title: number; readonly adopted: (m: RegExpExecArray) => boolean }[] = [
  { pattern: /\b(?:voorstel|pilot)\s+(.+?)\s+(niet\s+)?(?:aangenomen|goedgekeurd)\b/iu, title: 1, adopted: (m) => !m[2] },
  { pattern: /\b(?:voorstel|pilot)\s+(.+?)\s+(?:verworpen|afgewezen)\b/iu, title: 1, adopted: () => false },
  { pattern: /\bneemt\s+(?:het\s+)?voorstel\s+(.+?)\s+(niet\s+)?aan\b/iu, title: 1, adopted: (m) => !m[2] },
  { pattern: /\b(?:(did not|didn ?t|has not|have not|does not)\s+adopt|(rejected)|adopted|approved)\s+(?:the\s+)?(?:proposal|pilot)\s+(.+)$/iu, title: 3, adopted: (m) => !m[1] && !m[2] },
  { pattern: /\b(?:proposal|pilot)\s+(.+?)\s+(?:was|is|has\s+been)\s+(not\s+)?(?:adopted|approved)\b/iu, title: 1, adopted: (m) => !m[2] },
  // 002 art. 10.4: "De Gemeente kan besluiten wel of niet in te stemmen met de pilot."
  { pattern: /\bstemt\s+(niet\s+)?in\s+met\s+(?:de\s+)?pilot\s+(.+)$/iu, title: 2, adopted: (m) => !m[1] },
  { pattern: /\b(?:(does not consent|doesn ?t consent|refuses)|consents)\s+(?:to\s+)?(?:the\s+)?pilot\s+(.+)$/iu, title: 2, adopted: (m) => !m[1] },
];
/** "Wij vragen een pilot aan bij het INKOOP: Wijkteam plus, van 1 januari 2027 tot 30 juni 2027 met A en B" (002 art. 10.2, 10.3). */
const PILOT = /\b(?:vra\w*|aanvra\w*|request\w*|apply\w*)\b[^:]*\bpilot\b[^:]*:\s*([^,]+?)\s*(?:,|\s+(?:van|from)\s)/iu;

/** The message with every committee name taken out, and the words that tie it in ("bij het", "of the"). */
export function withoutCommittees(text: string, r: Reading): string {
  let out = text;
  for (const c of [...r.committees].sort((a, b) => b.at - a.at)) {
    const start = r.tokens[c.at]!.start;
    const end = r.tokens[c.to - 1]!.end;
    out = `${out.slice(0, start)}§${out.slice(end)}`;
  }
  return out.replace(/\s*\b(?:(?:van|bij|voor|in|aan|naar|of|at|to|for|from)\s+)?(?:(?:het|de|the)\s+)?§/giu, '').replace(/\s{2,}/gu, ' ');
}

/** A title as typed, without quotes, a trailing question mark or filler words. */
export function cleanTitle(raw: string | undefined): string | null {
  if (!raw) return null;
  let t = raw.trim().replace(/[?!.]+$/u, '').trim();
  for (let i = 0; i < 3; i++) t = t.replace(/\s+(?:nu|now|stand|standing|doing|at|at the moment|eigenlijk|ervoor|er voor)$/iu, '').trim();
  t = t.replace(/^["“'‘]|["”'’]$/gu, '').trim();
  return t.length >= 2 ? t : null;
}

/** The proposal intent of a message, or null when it is about none. */
export function proposalIntent(text: string, r: Reading): ProposalIntent | null {
  if (!WORD.test(text)) return null;
  const committee = r.committees[0]?.slot ?? null;
  const plain = withoutCommittees(text, r);
  if (!r.question) {
    const write = proposalWrite(plain, committee, r);
    if (write) return write;
  }
  for (const pattern of STATUS) {
    const title = cleanTitle(pattern.exec(plain)?.[1]);
    if (title) return { kind: 'proposal-status', committee, title };
  }
  if (LIST.test(plain)) return { kind: 'proposals', committee };
  return null;
}

function proposalWrite(plain: string, committee: C | null, r: Reading): ProposalIntent | null {
  const pilot = PILOT.exec(plain);
  const pilotTitle = cleanTitle(pilot?.[1]);
  if (pilotTitle && committee && r.dates.length >= 2 && r.organisations.length > 0) {
    return { kind: 'pilot-request', committee, title: pilotTitle, from: r.dates[0]!.day, until: r.dates[1]!.day, providers: r.organisations.map((o) => o.slot) };
  }
  const react = REACT.exec(plain);
  if (react) {
    const title = cleanTitle(react[1]);
    if (title) return { kind: 'proposal-react', committee, title, text: react[2]?.trim() || null };
  }
  const colon = plain.indexOf(':');
  if (committee && colon > 0 && SUBMIT.test(plain.slice(0, colon))) {
    const title = cleanTitle(plain.slice(colon + 1));
    if (title) return { kind: 'proposal-submit', committee, title, signal: /\b(?:signaal|signal)\b/iu.test(plain.slice(0, colon)) };
  }
  for (const pattern of WORK_OUT) {
    const title = cleanTitle(pattern.exec(plain)?.[1]);
    if (title) return { kind: 'proposal-work-out', committee, title };
  }
  if (DECIDER.test(plain)) {
    for (const d of DECIDE) {
      const m = d.pattern.exec(plain);
      const title = cleanTitle(m?.[d.title]);
      if (m && title) return { kind: 'proposal-decide', committee, title, adopted: d.adopted(m) };
    }
  }
  return null;
}
