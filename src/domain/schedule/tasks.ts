/**
 * A committee's own standing duties, from the Gremia sheet's Taken column, beside the fixed
 * deadlines of the Termijnen column. The seeds name duties that belong to one committee and one
 * holder:
 * - 000 art. 5: "Het verslag van het klein bestuurlijk overleg wordt ook actief verspreid door de SDA
 *   naar bestuurders van alle gecontracteerde zorgaanbieders." -> "verslag verspreiden +21 door
 *   Sociaal Domein Achterhoek", after every meeting.
 * - 004 §4.2: the regional programme manager, helped by the regional supporter, "ondersteunt bij het
 *   schrijven van notulen van het DOSD en BOSD" -> "notulen opstellen +14 door <person>".
 * - 002 art. 7.4: "In ieder geval jaarlijks wordt samenstelling aan de hand van de 80-20 regel
 *   geëvalueerd." -> "samenstelling evalueren jaarlijks 01-12 door Gemeente Steenwijkerland".
 *
 * A cell item reads `<name> <when> [door|by <holder>]`: `when` is a signed day count from each
 * meeting ("+21", "-7", "+3 weken") or a day each year ("jaarlijks 01-12", "yearly 01-12", DD-MM).
 * The holder is an organisation, a person or a role word; the services resolve it against the
 * registry, and the workbook check refuses a holder nobody is.
 */
import { addDays, type LocalDate } from '../local-date.ts';

/** When a task falls due: some days from each meeting, or on one day each year. */
export type TaskWhen =
  | { readonly kind: 'MEETING'; readonly days: number }
  | { readonly kind: 'YEARLY'; readonly month: number; readonly day: number };

/** One standing duty of a committee (a type, not an interface: it is stored as JSON). */
export type CommitteeTask = {
  /** As the secretary wrote it ("verslag verspreiden"); shown as written in both languages. */
  readonly name: string;
  readonly when: TaskWhen;
  /** An organisation, person or role as written; null: the committee's secretary and chair. */
  readonly holder: string | null;
};

/** A Duty.kind of a committee task: `TASK:` and the name's slug. */
export type TaskKind = `TASK:${string}`;

/** Why one item of a Taken cell cannot be read. */
export type TaskIssue =
  | { readonly code: 'REGION_INVALID_TASK'; readonly item: string }
  | { readonly code: 'REGION_DUPLICATE_TASK'; readonly item: string };

const YEARLY = /^(.+?)\s+(?:jaarlijks|elk jaar|ieder jaar|yearly|every year)\s+(\d{1,2})-(\d{1,2})(?:\s+(?:door|by)\s+(.+))?$/i;
const RELATIVE = /^(.+?)\s+([+-])\s*(\d{1,3})\s*(d|dag|dagen|day|days|w|wk|week|weken|weeks)?(?:\s+(?:door|by)\s+(.+))?$/i;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The slug of a task name: lower case, accents off, words joined by "-" ("verslag-verspreiden"). */
export function taskSlug(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The Duty.kind of a task. */
export function taskKind(name: string): TaskKind {
  return `TASK:${taskSlug(name)}`;
}

/** True for the kind of a committee task. */
export function isTaskKind(kind: string): kind is TaskKind {
  return kind.startsWith('TASK:');
}

/** Reads one item; null when it does not follow `<name> <when> [door <holder>]`. */
export function parseTask(item: string): CommitteeTask | null {
  const text = item.trim().replace(/\s+/g, ' ');
  const yearly = YEARLY.exec(text);
  if (yearly) {
    const month = Number(yearly[3]);
    const day = Number(yearly[2]);
    if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
    return { name: yearly[1]!.trim(), when: { kind: 'YEARLY', month, day }, holder: yearly[4]?.trim() || null };
  }
  const relative = RELATIVE.exec(text);
  if (!relative) return null;
  const weeks = relative[4] !== undefined && /^w/i.test(relative[4]);
  const days = Number(relative[3]) * (weeks ? 7 : 1) * (relative[2] === '-' ? -1 : 1);
  return { name: relative[1]!.trim(), when: { kind: 'MEETING', days }, holder: relative[5]?.trim() || null };
}

/** Reads a Taken cell's items (already split on ";"). */
export function parseTasks(items: readonly string[]): { tasks: CommitteeTask[]; issues: TaskIssue[] } {
  const tasks: CommitteeTask[] = [];
  const issues: TaskIssue[] = [];
  for (const item of items) {
    const task = parseTask(item);
    if (task === null || taskSlug(task.name) === '') issues.push({ code: 'REGION_INVALID_TASK', item });
    else if (tasks.some((t) => taskSlug(t.name) === taskSlug(task.name))) issues.push({ code: 'REGION_DUPLICATE_TASK', item });
    else tasks.push(task);
  }
  return { tasks, issues };
}

/** One task as a cell item, in the sheet's language; reads back to the same task. */
export function formatTask(task: CommitteeTask, lang: 'nl' | 'en'): string {
  const when = task.when.kind === 'YEARLY'
    ? `${lang === 'nl' ? 'jaarlijks' : 'yearly'} ${String(task.when.day).padStart(2, '0')}-${String(task.when.month).padStart(2, '0')}`
    : `${task.when.days < 0 ? '-' : '+'}${Math.abs(task.when.days)}`;
  return `${task.name} ${when}${task.holder ? ` ${lang === 'nl' ? 'door' : 'by'} ${task.holder}` : ''}`;
}

/** The day a meeting task is due for a meeting on `meetingDay`. */
export function meetingTaskDue(task: CommitteeTask & { when: { kind: 'MEETING' } }, meetingDay: LocalDate): LocalDate {
  return addDays(meetingDay, task.when.days);
}

/** The days in [from, to] a yearly task falls due on (one per year; 29-02 is the 28th in other years). */
export function yearlyTaskDays(task: CommitteeTask, from: LocalDate, to: LocalDate): LocalDate[] {
  if (task.when.kind !== 'YEARLY') return [];
  const days: LocalDate[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const day = task.when.month === 2 && task.when.day === 29 && !leap ? 28 : task.when.day;
    const date = `${year}-${String(task.when.month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
    if (date >= from && date <= to) days.push(date);
  }
  return days;
}
