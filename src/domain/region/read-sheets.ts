/**
 * The readers of the Organisaties, Gremia, Personen and Mandaten sheets: cells into typed rows,
 * every cell problem reported. Names that point at other rows (a penvoerder, an escalation
 * target) are checked across sheets afterwards (check-workbook.ts).
 */
import { parseTasks } from '../schedule/tasks.ts';
import { atAmsterdam } from '../schedule/clock.ts';
import { parseRhythm } from '../schedule/rhythm-phrase.ts';
import { parseDate } from '../registry/membership-rows.ts';
import type { DeadlinePolicy } from '../registry/words.ts';
import { COMMITTEE_LAYOUT, MANDATE_LAYOUT, ORGANISATION_LAYOUT, PERSON_LAYOUT, type CommitteeColumn } from './layouts.ts';
import { isEmail, readSheetRows, type RowReader, type SheetRead } from './row-reader.ts';
import { parseComposition, parseDeadlines, parseReminders } from './rule-cells.ts';
import { listItems } from './sheet-layout.ts';
import type { CommitteeRow, MandateRow, OrganisationRow, PersonRow, RawSheet, RegionProblem } from './workbook.ts';
import {
  ARTICLE_WORDS,
  CHAIR_FROM_WORDS,
  DECISION_RULE_WORDS,
  KIND_WORDS,
  LANGUAGE_WORDS,
  SUBSTITUTE_RULE_WORDS,
  VOTE_PER_WORDS,
} from './words.ts';

/** The database's default start time of a meeting. */
export const DEFAULT_MEETING_TIME = '14:00';
/** Meetings last two hours unless Duur says otherwise (the sources give no end time). */
export const DEFAULT_MEETING_MINUTES = 120;
/** The scope a mandate gets when Reikwijdte is empty (000 art. 2: "bestuurlijk mandaat"). */
export const DEFAULT_MANDATE_SCOPE = 'bestuurlijk';

/** "9:30", "09.30", "14u", "14" -> "09:30", "14:00"; null when no time of day. */
export function parseClockTime(value: string): string | null {
  const m = /^(\d{1,2})(?:[:.hu](\d{2})?)?$/i.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

function wholeNumber(r: RowReader<CommitteeColumn>, c: CommitteeColumn, min: number, max: number, fallback: number | null): number | null {
  const v = r.cell(c);
  if (v === '') return fallback;
  const m = /^(\d+)\s*(min|minuten|minutes|m)?$/i.exec(v);
  const n = m ? Number(m[1]) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    r.problem(c, 'REGION_INVALID_NUMBER', { value: v });
    return fallback;
  }
  return n;
}

/** Reads Organisaties. */
export function readOrganisations(sheet: RawSheet, problems: RegionProblem[]): SheetRead<OrganisationRow, keyof typeof ORGANISATION_LAYOUT> {
  return readSheetRows(sheet, ORGANISATION_LAYOUT, problems, (r) => {
    const name = r.name('name');
    const kindText = r.required('kind');
    const kind = kindText === '' ? null : r.word('kind', KIND_WORDS, 'REGION_UNKNOWN_KIND', null);
    const lead = r.cell('lead');
    const region = r.cell('region');
    if (name === '') return null;
    return {
      row: r.row,
      name,
      kind: kind ?? 'OTHER',
      kindRead: kind !== null,
      aliases: listItems(r.cell('aliases')),
      lead: lead === '' ? null : lead,
      members: listItems(r.cell('members')),
      region: region === '' ? null : region,
    };
  });
}

/** Reads Gremia. */
export function readCommittees(sheet: RawSheet, problems: RegionProblem[]): SheetRead<CommitteeRow, keyof typeof COMMITTEE_LAYOUT> {
  return readSheetRows(sheet, COMMITTEE_LAYOUT, problems, (r) => {
    const code = r.required('code');
    const name = r.name('name');
    const article = r.word('article', ARTICLE_WORDS, 'REGION_UNKNOWN_ARTICLE', null);
    const ruleText = r.required('decisionRule');
    const decisionRule = ruleText === '' ? null : r.word('decisionRule', DECISION_RULE_WORDS, 'REGION_UNKNOWN_DECISION_RULE', null);
    const votePer = r.word('votePer', VOTE_PER_WORDS, 'REGION_UNKNOWN_VOTE_PER', 'SEAT');
    const substituteText = r.required('substituteRule');
    const substituteRule = substituteText === '' ? null : r.word('substituteRule', SUBSTITUTE_RULE_WORDS, 'REGION_UNKNOWN_SUBSTITUTE_RULE', null);
    const mandateRequired = r.yesNo('mandateRequired');
    const substituteRequired = r.yesNo('substituteRequired');
    const seatsPerParty = wholeNumber(r, 'seatsPerParty', 1, 1000, null);
    const composition = parseComposition(r.cell('composition'));
    for (const issue of composition.issues) {
      const params = issue.code === 'REGION_UNKNOWN_KIND' ? { value: issue.item, choices: KIND_WORDS.choices('nl'), ...(issue.suggestion ? { suggestion: issue.suggestion } : {}) } : { value: issue.item };
      r.problem('composition', issue.code, params);
    }
    const ownOrganisationOnly = r.yesNo('ownOrganisationOnly');
    const chairFrom = r.word('chairFrom', CHAIR_FROM_WORDS, 'REGION_UNKNOWN_CHAIR_FROM', null);
    const rhythmText = r.cell('rhythm');
    let rhythmRule: string | null = null;
    if (rhythmText !== '') {
      const parsed = parseRhythm(rhythmText);
      if (parsed.ok) rhythmRule = parsed.value;
      else r.problem('rhythm', 'REGION_INVALID_RHYTHM', { ...parsed.error.params, value: rhythmText });
    }
    const seriesStart = r.date('seriesStart', false);
    const timeText = r.cell('time');
    const meetingTime = timeText === '' ? DEFAULT_MEETING_TIME : parseClockTime(timeText);
    if (meetingTime === null) r.problem('time', 'REGION_INVALID_TIME', { value: timeText });
    const meetingMinutes = wholeNumber(r, 'duration', 1, 24 * 60, DEFAULT_MEETING_MINUTES) ?? DEFAULT_MEETING_MINUTES;
    const meetings = readMeetings(r);
    const deadlines = parseDeadlines(r.cell('deadlines'));
    for (const issue of deadlines.issues) {
      const params: RegionProblem['params'] = { value: issue.item };
      if (issue.code === 'REGION_UNKNOWN_DUTY' && issue.suggestion) r.problem('deadlines', issue.code, { ...params, suggestion: issue.suggestion });
      else if (issue.code === 'REGION_DEADLINE_DIRECTION') r.problem('deadlines', issue.code, { ...params, direction: issue.direction });
      else r.problem('deadlines', issue.code, params);
    }
    const responsible = r.cell('responsible');
    const tasks = parseTasks(listItems(r.cell('tasks')));
    for (const issue of tasks.issues) r.problem('tasks', issue.code, { value: issue.item });
    const remindText = r.cell('reminders');
    const reminders = remindText === '' ? undefined : parseReminders(remindText);
    if (reminders === null) r.problem('reminders', 'REGION_INVALID_REMINDERS', { value: remindText });
    const escalatesTo = r.cell('escalatesTo');
    const language = r.word('language', LANGUAGE_WORDS, 'REGION_UNKNOWN_LANGUAGE', 'nl');
    const secretBallot = r.yesNo('secretBallot');
    if (code === '' || name === '') return null;
    const deadlinePolicy: DeadlinePolicy = {
      ...deadlines.policy,
      ...(responsible === '' ? {} : { responsible }),
      ...(reminders ? { remindDaysBefore: reminders } : {}),
      ...(tasks.tasks.length > 0 ? { tasks: tasks.tasks } : {}),
    };
    // The source's words when the sheet has the column (empty stays empty), else the Ritme cell as written.
    const note = r.has('rhythmNote') ? r.cell('rhythmNote') : rhythmText;
    return {
      row: r.row,
      code,
      name,
      article,
      aliases: listItems(r.cell('aliases')),
      partnership: r.cell('partnership'),
      purpose: r.cell('purpose') === '' ? null : r.cell('purpose'),
      decisionRule: decisionRule ?? 'ADVISORY',
      votePer,
      substituteRule: substituteRule ?? 'SAME_ORGANISATION',
      mandateRequired,
      substituteRequired,
      seatsPerParty,
      composition: composition.composition,
      ownOrganisationOnly,
      chairFrom,
      rhythmRule,
      rhythmNote: note,
      seriesStart: rhythmRule === null ? null : seriesStart,
      meetingTime: meetingTime ?? DEFAULT_MEETING_TIME,
      meetingMinutes,
      meetings,
      deadlinePolicy,
      escalatesTo: escalatesTo === '' ? null : escalatesTo,
      language,
      secretBallot,
      sourceRef: r.cell('source'),
    };
  });
}

/** "2026-03-12; 2026-06-11 10:00": one-off meeting days, each with an optional time. */
function readMeetings(r: RowReader<CommitteeColumn>): CommitteeRow['meetings'] {
  const out: { day: string; time: string | null }[] = [];
  for (const item of listItems(r.cell('meetings'))) {
    const m = /^(\S+)(?:\s+(?:om\s+|at\s+)?(\S+?)(?:\s*uur)?)?$/i.exec(item);
    const day = m?.[1] === undefined ? null : parseDate(m[1]);
    const time = m?.[2] === undefined ? null : parseClockTime(m[2]);
    if (day === null || (m?.[2] !== undefined && time === null)) r.problem('meetings', 'REGION_INVALID_MEETING', { value: item });
    else if (!out.some((o) => o.day === day)) out.push({ day, time });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** Reads Personen. */
export function readPeople(sheet: RawSheet, problems: RegionProblem[]): SheetRead<PersonRow, keyof typeof PERSON_LAYOUT> {
  return readSheetRows(sheet, PERSON_LAYOUT, problems, (r) => {
    const name = r.name('name');
    const email = r.cell('email').replace(/^mailto:/i, '').toLowerCase();
    if (email !== '' && !isEmail(email)) r.problem('email', 'IMPORT_INVALID_EMAIL', { value: email });
    const organisation = r.cell('organisation');
    const language = r.word('language', LANGUAGE_WORDS, 'REGION_UNKNOWN_LANGUAGE', null);
    const isAdmin = r.yesNo('admin');
    if (name === '') return null;
    return { row: r.row, name, email: email === '' ? null : email, organisation: organisation === '' ? null : organisation, language, isAdmin };
  });
}

/**
 * A day (Amsterdam midnight) or an ISO instant ("2025-06-16T08:30:00.000Z"), as an ISO instant;
 * null when neither. The export writes a day when the instant is a midnight, so both round-trip.
 */
export function parseInstant(value: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
  }
  const day = parseDate(value);
  return day === null ? null : atAmsterdam(day, '00:00').toISOString();
}

/** Reads Mandaten. */
export function readMandates(sheet: RawSheet, problems: RegionProblem[]): SheetRead<MandateRow, keyof typeof MANDATE_LAYOUT> {
  return readSheetRows(sheet, MANDATE_LAYOUT, problems, (r) => {
    const name = r.name('name');
    const email = r.cell('email').replace(/^mailto:/i, '').toLowerCase();
    if (email !== '' && !isEmail(email)) r.problem('email', 'IMPORT_INVALID_EMAIL', { value: email });
    const organisation = r.required('organisation');
    const from = r.date('from', true);
    const until = r.date('until', false);
    if (from !== null && until !== null && until < from) r.problem('until', 'IMPORT_END_BEFORE_START', { from, until });
    const revokedText = r.cell('revokedOn');
    const revokedAt = revokedText === '' ? null : parseInstant(revokedText);
    if (revokedText !== '' && revokedAt === null) r.problem('revokedOn', 'IMPORT_INVALID_DATE', { value: revokedText });
    const revokedBy = r.cell('revokedBy');
    if (revokedBy !== '' && revokedText === '') r.problem('revokedOn', 'IMPORT_MISSING_VALUE');
    if (from === null || name === '') return null;
    return {
      row: r.row,
      name,
      email: email === '' ? null : email,
      organisation,
      from,
      until,
      scope: r.cell('scope') === '' ? DEFAULT_MANDATE_SCOPE : r.cell('scope'),
      revokedAt,
      revokedBy: revokedBy === '' ? null : revokedBy,
    };
  });
}
