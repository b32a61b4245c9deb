/**
 * The registry written as a region workbook (DOMAIN.md: "Export writes the same workbook, so a
 * round trip changes nothing"): every cell in the words the reader reads back to the same record.
 * Pure: records in, sheets of text cells out; the service writes them as .xlsx or .csv files.
 */
import { formatTask } from '../schedule/tasks.ts';
import { mandateCovers } from '../registry/membership-plan.ts';
import { headerRow, type SheetLanguage } from '../registry/membership-headers.ts';
import { ROLE_LABELS, YES_NO } from '../registry/membership-rows.ts';
import { ORGANISATION_KINDS, SEAT_ROLES } from '../registry/words.ts';
import { amsterdamDay, amsterdamTime } from '../schedule/clock.ts';
import { describeRhythm } from '../schedule/rhythm-describe.ts';
import { COMMITTEE_LAYOUT, MANDATE_LAYOUT, ORGANISATION_LAYOUT, PERSON_LAYOUT, sheetName, type CommitteeColumn } from './layouts.ts';
import type { RegistryState } from './records.ts';
import { formatComposition, formatDeadlines, formatReminders } from './rule-cells.ts';
import { layoutHeader, listCell } from './sheet-layout.ts';
import type { RawSheet } from './workbook.ts';
import { ARTICLE_WORDS, CHAIR_FROM_WORDS, DECISION_RULE_WORDS, KIND_WORDS, SUBSTITUTE_RULE_WORDS, VOTE_PER_WORDS } from './words.ts';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function toSheet(name: string, header: string[], rows: string[][]): RawSheet {
  return { name, rows: [header, ...rows].map((cells, i) => ({ row: i + 1, cells })) };
}

/** An instant as the Mandaten sheet writes it: the day when it is an Amsterdam midnight, else the ISO instant. */
function instantCell(iso: string): string {
  const at = new Date(iso);
  return amsterdamTime(at) === '00:00' ? amsterdamDay(at) : at.toISOString();
}

/** The whole registry as the five sheets of a region workbook, headers and words in `lang`. */
export function writeRegionWorkbook(state: RegistryState, lang: SheetLanguage): RawSheet[] {
  const yesNo = (b: boolean) => (b ? YES_NO[lang].yes : YES_NO[lang].no);
  const orgName = new Map(state.organisations.map((o) => [o.id, o.name]));
  const person = new Map(state.people.map((p) => [p.id, p]));
  const code = new Map(state.committees.map((c) => [c.id, c.code]));

  const organisations = [...state.organisations]
    .sort((a, b) => ORGANISATION_KINDS.indexOf(a.kind) - ORGANISATION_KINDS.indexOf(b.kind) || collator.compare(a.name, b.name))
    .map((o) => [
      o.name,
      KIND_WORDS.write(o.kind, lang),
      listCell(o.aliases),
      o.penvoerderId === null ? '' : (orgName.get(o.penvoerderId) ?? ''),
      listCell(o.memberIds.filter((m) => m !== o.penvoerderId).map((m) => orgName.get(m) ?? '').sort(collator.compare)),
      o.region ?? '',
    ]);

  const committees = state.committees.map((c) => {
    const extra = state.meetings
      .filter((m) => m.committeeId === c.id && m.kind === 'EXTRA' && m.scheduled)
      .sort((a, b) => (a.day < b.day ? -1 : 1))
      .map((m) => (m.time === c.meetingTime ? m.day : `${m.day} ${m.time}`));
    const cells: Record<CommitteeColumn, string> = {
      code: c.code,
      name: c.name,
      article: c.article === null ? '' : ARTICLE_WORDS.write(c.article, lang),
      aliases: listCell(c.aliases),
      partnership: c.partnership,
      purpose: c.purpose ?? '',
      decisionRule: DECISION_RULE_WORDS.write(c.decisionRule, lang),
      votePer: VOTE_PER_WORDS.write(c.votePer, lang),
      substituteRule: SUBSTITUTE_RULE_WORDS.write(c.substituteRule, lang),
      mandateRequired: yesNo(c.mandateRequired),
      substituteRequired: yesNo(c.substituteRequired),
      seatsPerParty: c.seatsPerParty === null ? '' : String(c.seatsPerParty),
      composition: formatComposition(c.composition, lang),
      ownOrganisationOnly: yesNo(c.ownOrganisationOnly),
      chairFrom: c.chairFrom === null ? '' : CHAIR_FROM_WORDS.write(c.chairFrom, lang),
      rhythm: c.rhythmRule === null ? '' : (describeRhythm(c.rhythmRule, lang) ?? c.rhythmRule),
      rhythmNote: c.rhythmNote,
      seriesStart: c.seriesStart ?? '',
      time: c.meetingTime,
      duration: String(c.meetingMinutes),
      meetings: listCell(extra),
      deadlines: formatDeadlines(c.deadlinePolicy, lang),
      responsible: c.deadlinePolicy.responsible ?? '',
      reminders: formatReminders(c.deadlinePolicy.remindDaysBefore),
      tasks: listCell((c.deadlinePolicy.tasks ?? []).map((task) => formatTask(task, lang))),
      escalatesTo: c.escalatesToId === null ? '' : (code.get(c.escalatesToId) ?? ''),
      language: c.language,
      secretBallot: yesNo(c.secretBallot),
      source: c.sourceRef,
    };
    return (Object.keys(COMMITTEE_LAYOUT) as CommitteeColumn[]).map((k) => cells[k]);
  });

  const mandates = state.mandates.map((m) => ({ ...m, revoked: m.revokedAt !== null }));
  const members = [...state.seats]
    .sort(
      (a, b) =>
        collator.compare(code.get(a.committeeId) ?? '', code.get(b.committeeId) ?? '') ||
        SEAT_ROLES.indexOf(a.role) - SEAT_ROLES.indexOf(b.role) ||
        collator.compare(person.get(a.personId)?.name ?? '', person.get(b.personId)?.name ?? '') ||
        (a.from < b.from ? -1 : a.from > b.from ? 1 : 0),
    )
    .map((s) => {
      const holder = person.get(s.personId);
      const committeeCode = code.get(s.committeeId) ?? '';
      const mandated = mandates.some((m) => mandateCovers(m, s, committeeCode));
      return [
        committeeCode,
        holder?.name ?? '',
        holder?.email ?? '',
        orgName.get(holder?.organisationId ?? '') ?? orgName.get(s.onBehalfOfId) ?? '',
        orgName.get(s.onBehalfOfId) ?? '',
        ROLE_LABELS[lang][s.role],
        s.from,
        s.until ?? '',
        yesNo(mandated),
        s.substituteId === null ? '' : (person.get(s.substituteId)?.name ?? ''),
      ];
    });

  const people = [...state.people]
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.email ?? '', b.email ?? ''))
    .map((p) => [p.name, p.email ?? '', p.organisationId === null ? '' : (orgName.get(p.organisationId) ?? ''), p.language ?? '', yesNo(p.isAdmin)]);

  const mandateRows = [...state.mandates]
    .sort(
      (a, b) =>
        collator.compare(person.get(a.personId)?.name ?? '', person.get(b.personId)?.name ?? '') ||
        collator.compare(orgName.get(a.organisationId) ?? '', orgName.get(b.organisationId) ?? '') ||
        (a.from < b.from ? -1 : 1),
    )
    .map((m) => [
      person.get(m.personId)?.name ?? '',
      person.get(m.personId)?.email ?? '',
      orgName.get(m.organisationId) ?? '',
      m.from,
      m.until ?? '',
      m.scope,
      m.revokedAt === null ? '' : instantCell(m.revokedAt),
      m.revokedById === null ? '' : (person.get(m.revokedById)?.name ?? ''),
    ]);

  return [
    toSheet(sheetName('organisations', lang), layoutHeader(ORGANISATION_LAYOUT, lang), organisations),
    toSheet(sheetName('committees', lang), layoutHeader(COMMITTEE_LAYOUT, lang), committees),
    toSheet(sheetName('members', lang), headerRow(lang), members),
    toSheet(sheetName('people', lang), layoutHeader(PERSON_LAYOUT, lang), people),
    toSheet(sheetName('mandates', lang), layoutHeader(MANDATE_LAYOUT, lang), mandateRows),
  ];
}
