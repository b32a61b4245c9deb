/**
 * The cue words that choose an intent, in Dutch and English. They are matched against the message's
 * shape: its normalized words with every name replaced by a marker (§c committee, §o organisation,
 * §p person, §d date), so "wie vertegenwoordigt Combinatie Noord in het SBO" reads
 * "wie vertegenwoordigt §o in het §c" whatever the names are.
 */
import type { SeatRole } from '../../domain/registry/words.ts';
import type { Duty } from '../../domain/schedule/deadlines.ts';

/** Markers of the shape. */
export const MARK = { committee: '§c', organisation: '§o', person: '§p', date: '§d' } as const;

/** Role words, singular and plural. "lid" is asked about ("is X lid van"), never listed as a role. */
export const ROLE_WORDS: Readonly<Record<string, SeatRole>> = {
  secretaris: 'SECRETARY', secretarissen: 'SECRETARY', secretary: 'SECRETARY', secretaries: 'SECRETARY', notulist: 'SECRETARY',
  voorzitter: 'CHAIR', voorzitters: 'CHAIR', chair: 'CHAIR', chairman: 'CHAIR', chairperson: 'CHAIR', chairwoman: 'CHAIR', president: 'CHAIR',
  adviseur: 'ADVISER', adviseurs: 'ADVISER', adviser: 'ADVISER', advisor: 'ADVISER', advisers: 'ADVISER', advisors: 'ADVISER',
  agendacommissie: 'AGENDA_COMMITTEE', lid: 'MEMBER', member: 'MEMBER',
};

/** "het volgende SBO", "next KBO". */
export const NEXT_WORDS = new Set(['volgende', 'eerstvolgende', 'komende', 'aanstaande', 'next', 'upcoming', 'coming']);
/** "de vorige BOSD", "the last ORO". */
export const PREVIOUS_WORDS = new Set(['vorige', 'laatste', 'afgelopen', 'jongste', 'previous', 'last', 'latest', 'past']);
/** "de volgende vergadering van het SBO", "the next SBO meeting". */
export const MEETING_WORDS = new Set(['vergadering', 'overleg', 'bijeenkomst', 'sessie', 'meeting', 'session']);

/** The asker: "ik ben verhinderd", "waar zit ik in", "my seats". */
export const ME_WORDS = new Set(['ik', 'mij', 'me', 'mijn', 'mezelf', 'i', 'my', 'myself', 'mine']);
/** A person named earlier: "Piet Jansen vervangt hem". */
export const THEM_WORDS = new Set(['hem', 'haar', 'him', 'her']);

/** Verbs in the past: "wie vertegenwoordigde", "who sat". */
export const PAST_WORDS = new Set(['vertegenwoordigde', 'vertegenwoordigden', 'zat', 'zaten', 'was', 'waren', 'represented', 'sat', 'were']);

/** Words that open a question. */
export const WH_WORDS = new Set([
  'wie', 'wat', 'waar', 'wanneer', 'welke', 'welk', 'hoe', 'hoeveel', 'waarom', 'waarvoor', 'waarheen', 'wiens',
  'who', 'whom', 'whose', 'what', 'where', 'when', 'which', 'how', 'why',
]);
/** Verbs that open a yes/no question: "Is Karin Smit lid van het ORO?", "Zit Jan de Vries in het ORO?". */
export const YES_NO_OPENERS = new Set([
  'is', 'zit', 'zat', 'zijn', 'zitten', 'was', 'heeft', 'mag', 'kan', 'moet', 'gaat', 'klopt', 'hoort', 'vertegenwoordigt',
  'are', 'am', 'does', 'do', 'did', 'has', 'may', 'can', 'must', 'should', 'will', 'sits', 'represents',
]);

/** Words that tell the language when names and dates do not. */
export const DUTCH = new Set([
  'wie', 'wat', 'waar', 'wanneer', 'welke', 'hoe', 'hoeveel', 'het', 'de', 'een', 'van', 'zit', 'zitten', 'zat', 'zijn', 'ik', 'mij',
  'namens', 'bij', 'op', 'lid', 'leden', 'volgende', 'vorige', 'vertegenwoordigt', 'vertegenwoordigde', 'verhinderd', 'vervangt',
  'mag', 'moet', 'er', 'niet', 'voor', 'hebben', 'heeft', 'wordt', 'maakt', 'agendacommissie', 'besluiten', 'vergadert', 'hoi',
  'bedankt', 'dank', 'ben', 'kan', 'stemmen', 'waarom', 'mijn', 'welk', 'hem', 'haar', 'staat', 'open', 'nog', 'afwezig', 'gaat',
  'door', 'secretaris', 'voorzitter', 'adviseur', 'besluitregel', 'termijnen', 'vervanger', 'komt', 'uit', 'escaleren', 'aanspreekpunt',
  'verstuurd', 'gepubliceerd', 'gedeeld', 'klaar', 'gedaan', 'afgelast', 'vergadering', 'besluitenlijst', 'stukken', 'verslag', 'notulen',
  'deze', 'lopen', 'maken', 'stemt', 'wethouder', 'gemeente', 'samenstelling', 'ritme', 'doel', 'vaak', 'dagen', 'regio', 'mandaat',
  'januari', 'februari', 'maart', 'mei', 'juni', 'juli', 'augustus', 'oktober', 'vandaag', 'morgen', 'gisteren', 'week', 'weken',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'zat', 'zaten', 'mij', 'zit', 'afgemeld', 'kun',
  'overzicht', 'weekoverzicht', 'wekelijks', 'wekelijkse', 'stuur', 'meer',
  'voorstel', 'voorstellen', 'signaal', 'impassedocument', 'starten', 'tussen', 'staan', 'argumenten', 'ons', 'reactie', 'uitgewerkt', 'aangenomen', 'verworpen', 'dien', 'nieuw', 'nieuwe', 'wij', 'onze',
]);
export const ENGLISH = new Set([
  'who', 'what', 'where', 'when', 'which', 'how', 'the', 'a', 'of', 'sits', 'sit', 'sat', 'are', 'i', 'my', 'for',
  'member', 'members', 'next', 'last', 'previous', 'represents', 'represented', 'attend', 'replaces', 'replace', 'may', 'must',
  'does', 'do', 'did', 'has', 'have', 'on', 'at', 'can', 'cant', 'cannot', 'meeting', 'chair', 'secretary', 'votes', 'vote',
  'decide', 'decision', 'rule', 'deadlines', 'minutes', 'hi', 'hello', 'thanks', 'please', 'absent', 'missing', 'due',
  'substitute', 'escalate', 'contact', 'point', 'often', 'meet', 'purpose', 'many', 'days', 'before', 'after', 'will', 'you', 'him', 'her',
  'sent', 'published', 'shared', 'done', 'cancelled', 'canceled', 'off', 'papers', 'this', 'decisions', 'list', 'committee', 'committees',
  'january', 'february', 'march', 'june', 'july', 'august', 'october', 'today', 'tomorrow', 'yesterday', 'weeks', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'with', 'there', 'take', 'takes', 'whom', 'by', 'makes', 'write', 'writes',
  'digest', 'weekly', 'summary', 'overview', 'send', 'more',
  'proposal', 'proposals', 'signal', 'about', 'between', 'arguments', 'sent', 'start', 'reaction', 'adopted', 'rejected', 'worked', 'submit', 'municipality', 'our', 'new',
]);

/** "wie vertegenwoordigt", "zit namens", "who represents", "sits for", "on behalf of". */
export const REPRESENTS = /\b(?:vertegenwoordig\w*|namens|spreekt|represent\w*|behalf|speaks? for|sits? for|sat for|is sitting for|zit(?:ten)? (?:er )?voor|zat(?:en)? (?:er )?voor)\b/u;
/** "waar zit", "in welke gremia", "where does X sit", "which committees". */
export const WHERE = /\b(?:waar|where|welke (?:gremia|overleggen|commissies|overlegorganen|tafels)|which (?:committees|boards|bodies|meetings)|zetels van|seats of|welke zetels|mijn zetels|my seats|which seats)\b/u;
/** "wie zitten er in", "leden", "who is on", "members of". */
export const MEMBERS = /\b(?:leden|ledenlijst|ledenoverzicht|members|deelnemers|participants|wie (?:zitten|zit|zaten|zat|zijn|waren)|who (?:is|are|sits?|sat|was|were) (?:on|in)|lijst van|list of|bezetting)\b/u;
/** "wanneer", "vergadert", "when", "meet". */
export const WHEN = /\b(?:wanneer|vergadert|vergaderen|komt .*bijeen|when|meets?|datum van|date of)\b/u;
/** "welke deadlines lopen deze week", "what deadlines are due this week". */
export const DEADLINES_WEEK = /\b(?:deadlines?|termijnen|termijn)\b.*\b(?:deze|volgende|this|next) week\b|\b(?:deze|volgende|this|next) week\b.*\b(?:deadlines?|termijnen)\b/u;
/** "wat staat er voor mij open", "what is due for me", "mijn deadlines". */
export const MY_DUTIES = /\b(?:wat staat er (?:voor mij |bij mij )?open|wat moet ik (?:nog )?doen|(?:welke )?(?:termijnen|deadlines|taken) heb ik|mijn (?:termijnen|deadlines|taken|openstaande)|what(?:s| is) (?:due|open) for me|what needs me|what (?:is )?waiting for me|wat heb ik (?:nog )?(?:open ?staan|te doen)|what do i (?:have|need) (?:to do|due|open)|my (?:deadlines|duties|tasks|open items))\b/u;
/** "wie was afwezig", "who was absent". */
export const ABSENT = /\b(?:afwezig|absent|missing|ontbrak|ontbraken|niet aanwezig|not there|er niet)\b/u;
/** "besluitenlijst", "decision list". */
export const DECISION_LIST = /\b(?:besluitenlijst|besluiten|decision list|decisions)\b/u;
/** "ik ben verhinderd", "I can't attend", "ik meld me af". */
export const ABSENCE = /\b(?:verhinderd|afwezig|kan (?:er )?niet|ben er niet|niet aanwezig|meld (?:me|mij) af|afgemeld|afmelden|can ?t (?:attend|make|be)|cannot (?:attend|make|be)|can not (?:attend|make)|won ?t (?:be|make)|will not (?:be|make)|unable to attend|not able to attend|miss)\b/u;
/**
 * "ik trek mijn afmelding voor het SBO van 11 maart in", "ik kan toch komen", "withdraw my notice for the SBO",
 * "I can attend the SBO on 11 March after all": the member comes after all (withdraw-absence.ts).
 */
export const WITHDRAW_NOTICE = /\b(?:trek (?:\S+ ){0,16}in|intrekken|ingetrokken|kan (?:er )?toch (?:\S+ ){0,6}(?:komen|zijn|bij zijn)|ben (?:er )?toch (?:\S+ ){0,4}(?:bij|aanwezig)|(?:withdraw|cancel|take back) (?:my|the|his|her|their) (?:notice|absence)|can (?:attend|make|come to|be at) (?:\S+ ){0,8}after all)\b/u;
/** The word before the last day of a period: "tot (en met) 1 april", "t/m 1 april", "until 30 June". */
export const UNTIL_WORDS = new Set(['tot', 'until', 'till', 'through', 'thru', 'to', 'tm']);
/** "wie rouleert er dit jaar?", "who rotates next year in the KBO?" (000 KBO, Spelregels 6). */
export const ROTATION = /\b(?:rouleert|rouleren|roulatie|rouleringen?|rotates?|rotating|rotation|wie (?:vertrekt|stopt)|who (?:leaves|is leaving))\b/u;
/** "Piet Jansen vervangt mij", "vervangen door Piet Jansen": the word right after or before a substitute's name. */
export const SUBSTITUTE_AFTER = new Set(['vervangt', 'neemt', 'valt', 'gaat', 'komt', 'zal', 'replaces', 'will', 'stands', 'takes', 'steps']);
export const SUBSTITUTE_BEFORE = new Set(['door', 'by', 'vervanger', 'substitute', 'met', 'namelijk', 'replacement']);
/** "het ORO van 5 mei gaat niet door", "the ORO of 5 May is cancelled". */
export const CANCEL = /\b(?:gaat niet door|afgelast|geannuleerd|vervalt|cancell?ed|called off|is off)\b/u;
/** "agenda SBO 12 maart is verstuurd". */
export const DUTY_DONE = /\b(?:verstuurd|gepubliceerd|gedeeld|klaar|gedaan|rondgestuurd|verzonden|sent|published|shared|done|out)\b/u;
export const DUTY_WORDS: Readonly<Record<string, Duty>> = {
  agenda: 'AGENDA', stukken: 'PAPERS', papers: 'PAPERS', verslag: 'MINUTES', notulen: 'MINUTES', minutes: 'MINUTES',
  besluitenlijst: 'DECISION_LIST',
};
/** "help", "wat kun je", "what can you do". */
export const HELP = /^(?:help|hulp|\?|wat kun je(?: allemaal)?(?: doen)?|wat kan ik (?:je )?vragen|what can you do|what can i ask|commands|commando s)$/u;
