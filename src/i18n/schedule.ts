/** Messages of the schedule: meetings, deadline duties, reminders, questions and the calendar feed, in Dutch and English. */
import { str, type Catalog, type Language } from './catalog.ts';

const nothing = { nl: ' Er is niets gewijzigd.', en: ' Nothing was changed.' } as const;

const DUTY_NAMES: Readonly<Record<string, Record<Language, [string, string]>>> = {
  AGENDA: { nl: ['de agenda', 'agenda'], en: ['the agenda', 'agenda'] },
  PAPERS: { nl: ['de stukken', 'stukken'], en: ['the papers', 'papers'] },
  MINUTES: { nl: ['het verslag', 'verslag'], en: ['the minutes', 'minutes'] },
  DECISION_LIST: { nl: ['de besluitenlijst', 'besluitenlijst'], en: ['the decision list', 'decision list'] },
  REACTIONS: { nl: ['de reactietermijn', 'reactietermijn'], en: ['the reaction period', 'reaction period'] },
  HANDOVER: { nl: ['de warme overdracht', 'overdracht'], en: ['the warm handover', 'handover'] },
};

/**
 * A duty in words: with article ("de agenda") or bare ("agenda", as typed after `/gremium gedaan`).
 * A committee task (`TASK:<slug>`) is its name as the workbook writes it, bare its slug; a warm
 * handover names who hands over to whom (its title).
 */
export function dutyName(lang: Language, kind: string, bare = false, title: string | null = null): string {
  if (kind.startsWith('TASK:')) return bare ? kind.slice('TASK:'.length) : (title ?? kind.slice('TASK:'.length).replace(/-/g, ' '));
  const names = DUTY_NAMES[kind]?.[lang];
  if (!names) return kind.toLowerCase();
  return !bare && title ? `${names[0]} (${title})` : names[bare ? 1 : 0];
}

/** "nog 3 dagen" / "3 days left", "vandaag" / "today", "2 dagen te laat" / "2 days late". */
function left(p: Parameters<Catalog[string]['nl']>[0], lang: Language): string {
  const n = Number(p.daysLeft ?? 0);
  if (lang === 'nl') return n === 0 ? 'vandaag' : n > 0 ? `nog ${n} ${n === 1 ? 'dag' : 'dagen'}` : `${-n} ${n === -1 ? 'dag' : 'dagen'} te laat`;
  return n === 0 ? 'today' : n > 0 ? `${n} ${n === 1 ? 'day' : 'days'} left` : `${-n} ${n === -1 ? 'day' : 'days'} late`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Schedule messages by code. */
export const scheduleMessages = {
  MEETING_IN_PAST: {
    nl: (p) => `${str(p, 'day')} ligt in het verleden; een gehouden vergadering van het ${str(p, 'committee')} wijzig ik niet.${nothing.nl}`,
    en: (p) => `${str(p, 'day')} lies in the past; I don't change a ${str(p, 'committee')} meeting that has been held.${nothing.en}`,
  },
  MEETING_EXISTS: {
    nl: (p) => `Het ${str(p, 'committee')} vergadert al op ${str(p, 'day')}.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} already meets on ${str(p, 'day')}.${nothing.en}`,
  },
  NOTHING_TO_MOVE: {
    nl: (p) => `De vergadering van het ${str(p, 'committee')} staat al op ${str(p, 'day')} op die tijd.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} meeting is already on ${str(p, 'day')} at that time.${nothing.en}`,
  },
  NO_SUCH_DUTY: {
    nl: (p) => `Voor vergaderingen van het ${str(p, 'committee')} geldt geen termijn voor ${str(p, 'duty')}.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} has no deadline for ${str(p, 'duty')} of its meetings.${nothing.en}`,
  },
  NOT_DUTY_HOLDER: {
    nl: (p) => `Alleen wie ${str(p, 'duty')} van het ${str(p, 'committee')} verzorgt (secretaris, voorzitter of ${str(p, 'responsible') || 'de verantwoordelijke'}) of een beheerder mag dit afmelden.${nothing.nl}`,
    en: (p) => `Only whoever carries ${str(p, 'duty')} of the ${str(p, 'committee')} (secretary, chair or ${str(p, 'responsible') || 'the person responsible'}) or an administrator may mark it done.${nothing.en}`,
  },
  DUTY_ALREADY_DONE: {
    nl: (p) => `${cap(str(p, 'duty'))} van het ${str(p, 'committee')} was al afgemeld${p.by ? ` door ${str(p, 'by')}` : ''} op ${str(p, 'at')}.`,
    en: (p) => `${cap(str(p, 'duty'))} of the ${str(p, 'committee')} was already marked done${p.by ? ` by ${str(p, 'by')}` : ''} on ${str(p, 'at')}.`,
  },
  NO_CHANNEL: {
    nl: (p) => `Typ "/gremium kanaal ${str(p, 'committee')}" in het Slack- of Teams-kanaal waar de herinneringen moeten komen.${nothing.nl}`,
    en: (p) => `Type "/gremium channel ${str(p, 'committee')}" in the Slack or Teams channel where the reminders should go.${nothing.en}`,
  },
  INVALID_DUTY: {
    nl: (p) => `"${str(p, 'value')}" is geen termijn. Kies agenda, stukken, verslag of besluitenlijst.`,
    en: (p) => `"${str(p, 'value')}" is not a deadline. Choose agenda, papers, minutes or decisions.`,
  },
  INVALID_TIME: {
    nl: (p) => `"${str(p, 'value')}" is geen tijd. Schrijf bijvoorbeeld 14:00 of 9:30.`,
    en: (p) => `"${str(p, 'value')}" is not a time. Write for example 14:00 or 9:30.`,
  },
  TIME_DOES_NOT_EXIST: {
    nl: (p) => `${str(p, 'time')} bestaat niet op ${str(p, 'day')}: die nacht gaat de klok van 02:00 naar 03:00 (zomertijd). Kies een andere tijd, bijvoorbeeld ${str(p, 'suggestion')}. Er is niets veranderd.`,
    en: (p) => `${str(p, 'time')} does not exist on ${str(p, 'day')}: that night the clocks go from 02:00 to 03:00 (summer time). Choose another time, for example ${str(p, 'suggestion')}. Nothing was changed.`,
  },
  MEETING_ADDED: {
    nl: (p) => `Extra vergadering van het ${str(p, 'committee')} toegevoegd op ${str(p, 'day')} om ${str(p, 'time')}.${Number(p.duties) > 0 ? ` De termijnen (${str(p, 'dutyList')}) lopen mee.` : ''}`,
    en: (p) => `Extra ${str(p, 'committee')} meeting added on ${str(p, 'day')} at ${str(p, 'time')}.${Number(p.duties) > 0 ? ` Its deadlines (${str(p, 'dutyList')}) are tracked.` : ''}`,
  },
  MEETING_MOVED: {
    nl: (p) => `De vergadering van het ${str(p, 'committee')} van ${str(p, 'from')} is verplaatst naar ${str(p, 'to')} om ${str(p, 'time')}; de termijnen en herinneringen schuiven mee.`,
    en: (p) => `The ${str(p, 'committee')} meeting of ${str(p, 'from')} moved to ${str(p, 'to')} at ${str(p, 'time')}; its deadlines and reminders move along.`,
  },
  MEETING_CANCELLED_DONE: {
    nl: (p) => `De vergadering van het ${str(p, 'committee')} op ${str(p, 'day')} gaat niet door.${Number(p.dropped) > 0 ? ` Ik stuur er geen herinneringen meer voor (${str(p, 'dropped')} termijnen vervallen).` : ''}`,
    en: (p) => `The ${str(p, 'committee')} meeting on ${str(p, 'day')} is cancelled.${Number(p.dropped) > 0 ? ` I will send no more reminders for it (${str(p, 'dropped')} deadlines dropped).` : ''}`,
  },
  DUTY_DONE: {
    nl: (p) => `Genoteerd: ${str(p, 'duty')} voor het ${str(p, 'committee')} van ${str(p, 'day')} is klaar${p.late ? ` (termijn was ${str(p, 'due')})` : ''}. Hier komen geen herinneringen meer voor.`,
    en: (p) => `Noted: ${str(p, 'duty')} for the ${str(p, 'committee')} meeting of ${str(p, 'day')} is done${p.late ? ` (it was due ${str(p, 'due')})` : ''}. No more reminders for it.`,
  },
  DIRECT_CONVERSATION: {
    nl: (p) => `Typ "/gremium kanaal ${str(p, 'committee')}" in het kanaal zelf: een privégesprek met Gremium kan niet het kanaal van het ${str(p, 'committee')} worden.${nothing.nl}`,
    en: (p) => `Type "/gremium channel ${str(p, 'committee')}" in the channel itself: a private chat with Gremium cannot become the ${str(p, 'committee')}'s channel.${nothing.en}`,
  },
  CHANNEL_MOVED_AWAY: {
    nl: (p) => `Herinneringen, peilingen en uitslagen van het ${str(p, 'committee')} komen niet meer in dit kanaal: ${str(p, 'person')} heeft op ${str(p, 'day')} een ander kanaal gekozen. Peilingkaarten hier worden niet meer bijgewerkt.`,
    en: (p) => `Reminders, polls and results of the ${str(p, 'committee')} are no longer posted in this channel: ${str(p, 'person')} chose another channel on ${str(p, 'day')}. Poll cards here are no longer updated.`,
  },
  CHANNEL_SET: {
    nl: (p) => `Herinneringen en uitslagen van het ${str(p, 'committee')} komen voortaan in dit kanaal.`,
    en: (p) => `Reminders and results of the ${str(p, 'committee')} will be posted in this channel from now on.`,
  },
  DEADLINES_TITLE: {
    nl: (p) => `Termijnen ${str(p, 'from')} t/m ${str(p, 'to')}${p.committee ? ` (${str(p, 'committee')})` : ''}`,
    en: (p) => `Deadlines ${str(p, 'from')} to ${str(p, 'to')}${p.committee ? ` (${str(p, 'committee')})` : ''}`,
  },
  DEADLINES_NONE: {
    nl: (p) => `Er lopen geen termijnen af van ${str(p, 'from')} t/m ${str(p, 'to')}${p.committee ? ` voor het ${str(p, 'committee')}` : ''}.`,
    en: (p) => `No deadlines fall between ${str(p, 'from')} and ${str(p, 'to')}${p.committee ? ` for the ${str(p, 'committee')}` : ''}.`,
  },
  DEADLINE_LINE: {
    nl: (p) => `${str(p, 'due')}: ${str(p, 'duty')} ${str(p, 'committee')} (vergadering ${str(p, 'meeting')})${p.responsible ? `, ${str(p, 'responsible')}` : ''} - ${str(p, 'state')}`,
    en: (p) => `${str(p, 'due')}: ${str(p, 'duty')} ${str(p, 'committee')} (meeting ${str(p, 'meeting')})${p.responsible ? `, ${str(p, 'responsible')}` : ''} - ${str(p, 'state')}`,
  },
  DUTY_STATE_DONE: { nl: () => 'klaar', en: () => 'done' },
  DUTY_STATE_OVERDUE: { nl: (p) => `te laat (${left(p, 'nl')})`, en: (p) => `overdue (${left(p, 'en')})` },
  DUTY_STATE_OPEN: { nl: (p) => `open (${left(p, 'nl')})`, en: (p) => `open (${left(p, 'en')})` },
  NEXT_MEETING: {
    nl: (p) => `Het volgende ${str(p, 'committee')} is op ${str(p, 'day')} om ${str(p, 'time')}${p.moved ? ` (verplaatst van ${str(p, 'moved')})` : ''}${p.extra ? ' (extra vergadering)' : ''}.`,
    en: (p) => `The next ${str(p, 'committee')} meeting is on ${str(p, 'day')} at ${str(p, 'time')}${p.moved ? ` (moved from ${str(p, 'moved')})` : ''}${p.extra ? ' (extra meeting)' : ''}.`,
  },
  NEXT_MEETING_NONE: {
    nl: (p) => `Er staat geen vergadering van het ${str(p, 'committee')} gepland. De secretaris kan er een toevoegen met "/gremium vergadering toevoegen ${str(p, 'committee')} <datum>".`,
    en: (p) => `No ${str(p, 'committee')} meeting is planned. The secretary can add one with "/gremium meeting add ${str(p, 'committee')} <date>".`,
  },
  MY_DUTIES_TITLE: { nl: (p) => `Open termijnen voor ${str(p, 'person')}`, en: (p) => `Open deadlines for ${str(p, 'person')}` },
  MY_DUTIES_NONE: {
    nl: (p) => `Er staat niets voor u open, ${str(p, 'person')}: geen peiling wacht op uw stem, geen termijnen in de komende 30 dagen en niets te laat.`,
    en: (p) => `Nothing is due for you, ${str(p, 'person')}: no poll waits for your vote, no deadlines in the next 30 days and nothing overdue.`,
  },
  DONE_BUTTON: { nl: () => 'Gedaan', en: () => 'Done' },
  REMINDER_TITLE: {
    nl: (p) => `Herinnering ${str(p, 'committee')}: ${str(p, 'duty')} uiterlijk ${str(p, 'due')}`,
    en: (p) => `Reminder ${str(p, 'committee')}: ${str(p, 'duty')} due ${str(p, 'due')}`,
  },
  REMINDER_TEXT: {
    nl: (p) => `${cap(str(p, 'duty'))} voor de vergadering van ${str(p, 'meeting')} moet uiterlijk ${str(p, 'due')} klaar zijn (${left(p, 'nl')}).${p.responsible ? ` Verantwoordelijk: ${str(p, 'responsible')}.` : ''}`,
    en: (p) => `${cap(str(p, 'duty'))} for the meeting of ${str(p, 'meeting')} is due ${str(p, 'due')} (${left(p, 'en')}).${p.responsible ? ` Responsible: ${str(p, 'responsible')}.` : ''}`,
  },
  REMINDER_FOOTER: {
    nl: (p) => `Klaar? Typ /gremium gedaan ${str(p, 'dutyWord')} ${str(p, 'committee')} ${str(p, 'meetingIso')}`,
    en: (p) => `Done? Type /gremium done ${str(p, 'dutyWord')} ${str(p, 'committee')} ${str(p, 'meetingIso')}`,
  },
  OVERDUE_TITLE: {
    nl: (p) => `Te laat in het ${str(p, 'committee')}: ${str(p, 'duty')}`,
    en: (p) => `Overdue in the ${str(p, 'committee')}: ${str(p, 'duty')}`,
  },
  OVERDUE_TEXT: {
    nl: (p) => `${cap(str(p, 'duty'))} voor de vergadering van ${str(p, 'meeting')} had uiterlijk ${str(p, 'due')} klaar moeten zijn en is nog niet afgemeld.${p.responsible ? ` Verantwoordelijk: ${str(p, 'responsible')}.` : ''}`,
    en: (p) => `${cap(str(p, 'duty'))} for the meeting of ${str(p, 'meeting')} was due ${str(p, 'due')} and has not been marked done.${p.responsible ? ` Responsible: ${str(p, 'responsible')}.` : ''}`,
  },
  MANDATE_ENDING_TITLE: {
    nl: (p) => `Mandaat loopt af in het ${str(p, 'committee')}: ${str(p, 'person')}`,
    en: (p) => `Mandate ending in the ${str(p, 'committee')}: ${str(p, 'person')}`,
  },
  MANDATE_ENDING_TEXT: {
    nl: (p) => `Het mandaat van ${str(p, 'person')} voor ${str(p, 'organisation')} ${Number(p.daysLeft) < 0 ? `is afgelopen op ${str(p, 'until')}` : `loopt af op ${str(p, 'until')} (${left(p, 'nl')})`} en er is geen nieuw mandaat vastgelegd. Het ${str(p, 'committee')} vereist een geldig mandaat: zonder mandaat stemt deze zetel niet.`,
    en: (p) => `${str(p, 'person')}'s mandate for ${str(p, 'organisation')} ${Number(p.daysLeft) < 0 ? `ended on ${str(p, 'until')}` : `ends on ${str(p, 'until')} (${left(p, 'en')})`} and no new mandate is on record. The ${str(p, 'committee')} requires a valid mandate: without one this seat does not vote.`,
  },
  MANDATE_ENDING_FOOTER: {
    nl: (p) => `Nieuw mandaat? Typ /gremium mandaat vastleggen "${str(p, 'person')}" namens="${str(p, 'organisation')}" van=<datum> reikwijdte=${str(p, 'committee')}`,
    en: (p) => `New mandate? Type /gremium mandate record "${str(p, 'person')}" for="${str(p, 'organisation')}" from=<date> scope=${str(p, 'committee')}`,
  },
  POLL_REMINDER_TITLE: { nl: (p) => `Nog niet gestemd: ${str(p, 'committee')}`, en: (p) => `You have not voted yet: ${str(p, 'committee')}` },
  POLL_REMINDER_TEXT: {
    nl: (p) => `"${str(p, 'question')}" sluit op ${str(p, 'closes')}. U (${str(p, 'organisation')}) heeft nog niet gestemd.`,
    en: (p) => `"${str(p, 'question')}" closes on ${str(p, 'closes')}. You (${str(p, 'organisation')}) have not voted yet.`,
  },
  PROPOSAL_REGISTERED: {
    nl: (p) => `Voorlopig voorstel "${str(p, 'title')}" van het ${str(p, 'committee')} geregistreerd (gepubliceerd ${str(p, 'published')}). Partijen kunnen ${str(p, 'days')} dagen reageren, tot en met ${str(p, 'due')}; het kanaal krijgt herinneringen.`,
    en: (p) => `Provisional proposal "${str(p, 'title')}" of the ${str(p, 'committee')} registered (published ${str(p, 'published')}). Parties can react for ${str(p, 'days')} days, until ${str(p, 'due')} inclusive; the channel gets reminders.`,
  },
  NO_REACTION_PERIOD: {
    nl: (p) => `Het ${str(p, 'committee')} kent geen reactietermijn op voorlopige voorstellen${p.committees && str(p, 'committees') ? `; die geldt alleen voor ${str(p, 'committees')}` : ''}.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} has no reaction period for provisional proposals${p.committees && str(p, 'committees') ? `; only ${str(p, 'committees')} ${Array.isArray(p.committees) && p.committees.length === 1 ? 'has' : 'have'} one` : ''}.${nothing.en}`,
  },
  PROPOSAL_EXISTS: {
    nl: (p) => `Het voorstel "${str(p, 'title')}" van het ${str(p, 'committee')} van ${str(p, 'day')} is al geregistreerd.${nothing.nl}`,
    en: (p) => `The ${str(p, 'committee')} proposal "${str(p, 'title')}" of ${str(p, 'day')} is already registered.${nothing.en}`,
  },
  REACTIONS_LINE: {
    nl: (p) => `${str(p, 'due')}: reacties op voorstel "${str(p, 'title')}" ${str(p, 'committee')} - ${str(p, 'state')}`,
    en: (p) => `${str(p, 'due')}: reactions to proposal "${str(p, 'title')}" ${str(p, 'committee')} - ${str(p, 'state')}`,
  },
  REACTIONS_STATE_CLOSED: { nl: () => 'gesloten', en: () => 'closed' },
  REACTIONS_REMINDER_TITLE: {
    nl: (p) => `Herinnering ${str(p, 'committee')}: reacties op voorstel "${str(p, 'title')}" tot en met ${str(p, 'due')}`,
    en: (p) => `Reminder ${str(p, 'committee')}: reactions to proposal "${str(p, 'title')}" until ${str(p, 'due')}`,
  },
  REACTIONS_REMINDER_TEXT: {
    nl: (p) => `Partijen kunnen tot en met ${str(p, 'due')} reageren op het voorlopige voorstel "${str(p, 'title')}" (${left(p, 'nl')}).`,
    en: (p) => `Parties can react to the provisional proposal "${str(p, 'title')}" until ${str(p, 'due')} inclusive (${left(p, 'en')}).`,
  },
  ICS_MEETING: { nl: (p) => `${str(p, 'committee')}-vergadering`, en: (p) => `${str(p, 'committee')} meeting` },
  ICS_MEETING_CANCELLED: { nl: (p) => `AFGELAST: ${str(p, 'committee')}-vergadering`, en: (p) => `CANCELLED: ${str(p, 'committee')} meeting` },
  ICS_DEADLINE: {
    nl: (p) => `Termijn ${str(p, 'duty')} ${str(p, 'committee')} (vergadering ${str(p, 'meeting')})`,
    en: (p) => `Deadline ${str(p, 'duty')} ${str(p, 'committee')} (meeting ${str(p, 'meeting')})`,
  },
  ICS_REACTIONS: {
    nl: (p) => `Laatste dag reacties op voorstel "${str(p, 'title')}" ${str(p, 'committee')}`,
    en: (p) => `Last day for reactions to proposal "${str(p, 'title')}" ${str(p, 'committee')}`,
  },
  ICS_CALENDAR_NAME: { nl: (p) => `${str(p, 'committee')} - vergaderingen en termijnen`, en: (p) => `${str(p, 'committee')} - meetings and deadlines` },
  ICS_UNKNOWN_COMMITTEE: { nl: (p) => `Geen agenda: onbekend gremium "${str(p, 'name')}".`, en: (p) => `No calendar: unknown committee "${str(p, 'name')}".` },
} satisfies Catalog;
