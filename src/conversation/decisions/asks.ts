/**
 * Questions about decisions ("who was absent at the last ORO?", "besluitenlijst BOSD 19 maart") and notice in
 * free text, which is only proposed with its command (understand/confirm.ts).
 */
import { proposeTyped } from '../understand/propose-write.ts';
import { absenteesAnswer, decisionListAnswer } from './lists.ts';
import type { AskSpec } from '../verb.ts';

const ARTICLE = String.raw`(?:(?:het|de|the)\s+)?`;

/** The decisions facet's question forms, on cleaned text (no trailing "?", no quotes). */
export const DECISION_ASKS: readonly AskSpec[] = [
  {
    // "Ik ben verhinderd bij het SBO van 12 maart, Piet Jansen vervangt mij"
    id: 'declare.nl',
    lang: 'nl',
    pattern: new RegExp(String.raw`^ik\s+(?:ben|kan)\s+(?:verhinderd|afwezig|niet\s+aanwezig|er\s+niet\s+bij\s+zijn)\s+(?:bij|op|voor|in)\s+${ARTICLE}(\S+)\s+(?:van|op)\s+(.+?)(?:\s*[,;.]\s*(?:en\s+)?(.+?)\s+(?:vervangt\s+mij|neemt\s+(?:het\s+)?over|valt\s+in))?$`, 'i'),
    answer: (ctx, m) => proposeTyped(ctx, { kind: 'declare', committee: m[1]!, date: m[2]!, substitute: m[3] ?? null }),
  },
  {
    // "I can't attend the SBO on 12 March; Piet Jansen replaces me"
    id: 'declare.en',
    lang: 'en',
    pattern: new RegExp(String.raw`^i\s+(?:can[’']?t|cannot|can\s+not|won[’']?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to)\s+attend\s+${ARTICLE}(\S+)\s+(?:on|of)\s+(.+?)(?:\s*[,;.]\s*(?:and\s+)?(.+?)\s+(?:replaces\s+me|will\s+replace\s+me|stands\s+in|takes\s+my\s+seat))?$`, 'i'),
    answer: (ctx, m) => proposeTyped(ctx, { kind: 'declare', committee: m[1]!, date: m[2]!, substitute: m[3] ?? null }),
  },
  {
    id: 'absentees.nl',
    lang: 'nl',
    pattern: new RegExp(String.raw`^wie\s+(?:was|waren)\s+(?:er\s+)?(?:afwezig|niet\s+aanwezig|er\s+niet)\s+(?:bij|op|in)\s+${ARTICLE}(?:laatste\s+|vorige\s+)?(.+)$`, 'i'),
    answer: (ctx, m) => absenteesAnswer(ctx, m[1]!),
  },
  {
    id: 'absentees.en',
    lang: 'en',
    pattern: new RegExp(String.raw`^who\s+(?:was|were)\s+(?:absent|missing|not\s+there)\s+(?:at|from|in)\s+${ARTICLE}(?:last\s+|latest\s+|previous\s+)?(.+)$`, 'i'),
    answer: (ctx, m) => absenteesAnswer(ctx, m[1]!),
  },
  {
    id: 'decision-list.nl',
    lang: 'nl',
    pattern: new RegExp(String.raw`^(?:toon\s+)?(?:de\s+)?besluitenlijst\s+(?:van\s+)?${ARTICLE}(\S+)\s+(?:van\s+|op\s+)?(.+)$`, 'i'),
    answer: (ctx, m) => decisionListAnswer(ctx, m[1]!, m[2]!),
  },
  {
    id: 'decision-list.en',
    lang: 'en',
    pattern: new RegExp(String.raw`^(?:show\s+)?(?:the\s+)?(?:decision\s+list|decisions)\s+(?:of\s+)?${ARTICLE}(\S+)\s+(?:of\s+|on\s+)?(.+)$`, 'i'),
    answer: (ctx, m) => decisionListAnswer(ctx, m[1]!, m[2]!),
  },
];
