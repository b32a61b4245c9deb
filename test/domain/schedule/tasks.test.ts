/**
 * A committee's standing duties from the Taken column (issue 17, point 4): read, written back the same,
 * placed after each meeting or once a year, and refused with a clear problem when they cannot be read
 * or name a holder nobody is. 000 art. 5 ("verspreid door de SDA"), 002 art. 7.4 ("In ieder geval
 * jaarlijks wordt samenstelling aan de hand van de 80-20 regel geëvalueerd.").
 */
import { describe, expect, it } from 'vitest';
import { checkRegion } from '../../../src/domain/region/check-region.ts';
import { EMPTY_REGISTRY } from '../../../src/domain/region/records.ts';
import type { RawSheet } from '../../../src/domain/region/workbook.ts';
import { deadlinesForMeeting } from '../../../src/domain/schedule/deadlines.ts';
import { formatTask, parseTasks, taskKind, yearlyTaskDays } from '../../../src/domain/schedule/tasks.ts';
import { t } from '../../../src/i18n/index.ts';
import { COMMITTEES_NL, MEMBERS_NL, ORGANISATIONS_NL } from '../region/helpers.ts';

describe('the Taken cell', () => {
  it('reads tasks after each meeting and once a year, with their holder, and writes them back the same', () => {
    const { tasks, issues } = parseTasks(['verslag verspreiden +21 door Sociaal Domein Achterhoek', 'samenstelling evalueren jaarlijks 01-12 door Gemeente Steenwijkerland', 'stukken klaarzetten -2 weken']);
    expect(issues).toEqual([]);
    expect(tasks).toEqual([
      { name: 'verslag verspreiden', when: { kind: 'MEETING', days: 21 }, holder: 'Sociaal Domein Achterhoek' },
      { name: 'samenstelling evalueren', when: { kind: 'YEARLY', month: 12, day: 1 }, holder: 'Gemeente Steenwijkerland' },
      { name: 'stukken klaarzetten', when: { kind: 'MEETING', days: -14 }, holder: null },
    ]);
    for (const lang of ['nl', 'en'] as const) expect(parseTasks(tasks.map((task) => formatTask(task, lang))).tasks).toEqual(tasks);
  });

  it('refuses an item without a term, a day that does not exist and a task named twice', () => {
    const { issues } = parseTasks(['verslag verspreiden door SDA', 'evalueren jaarlijks 31-02', 'a +1', 'A +2']);
    expect(issues.map((i) => i.code)).toEqual(['REGION_INVALID_TASK', 'REGION_INVALID_TASK', 'REGION_DUPLICATE_TASK']);
  });

  it('places a meeting task from the meeting day, a "before" one on the previous working day, and a yearly one once a year', () => {
    const policy = { tasks: parseTasks(['verslag verspreiden +21 door SDA', 'stukken klaarzetten -7']).tasks };
    const deadlines = deadlinesForMeeting(policy, '2026-12-17');
    expect(deadlines.map((d) => [d.duty, d.due, d.title, d.responsible])).toEqual([
      [taskKind('verslag verspreiden'), '2027-01-07', 'verslag verspreiden', 'SDA'],
      [taskKind('stukken klaarzetten'), '2026-12-10', 'stukken klaarzetten', undefined],
    ]);
    const yearly = parseTasks(['evalueren jaarlijks 29-02']).tasks[0]!;
    expect(yearlyTaskDays(yearly, '2026-06-01', '2028-12-31')).toEqual(['2027-02-28', '2028-02-29']);
  });
});

describe('a workbook with a Taken column', () => {
  const withTasks = (cell: string): RawSheet[] => {
    const rows = COMMITTEES_NL.rows.map((r) => ({ row: r.row, cells: [...r.cells, r.row === 1 ? 'Taken' : r.row === 2 ? cell : ''] }));
    return [ORGANISATIONS_NL, { ...COMMITTEES_NL, rows }, MEMBERS_NL];
  };
  const check = (cell: string) => checkRegion(withTasks(cell), EMPTY_REGISTRY, { now: new Date('2026-11-25T09:00:00Z'), newId: (kind, hint) => `${kind}:${hint}` });

  it('keeps the tasks in the committee\'s policy when every holder is an organisation, a person or a role', () => {
    const result = check('verslag verspreiden +21 door Regio Twente; samenstelling evalueren jaarlijks 01-12 door Tom Wevers; agenda rondsturen -21 door voorzitter');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.committees.added.find((c) => c.code === 'BOJ')?.deadlinePolicy.tasks?.map((task) => task.holder)).toEqual(['Regio Twente', 'Tom Wevers', 'voorzitter']);
  });

  it('refuses a holder nobody is, naming the cell and the nearest name', () => {
    const result = check('verslag verspreiden +21 door Regio Twent');
    expect(result.ok).toBe(false);
    const problem = result.ok ? null : result.problems.find((p) => p.code === 'REGION_UNKNOWN_TASK_HOLDER');
    expect(problem).toMatchObject({ sheet: 'Gremia', row: 2, column: 'Taken', params: { value: 'Regio Twent', suggestion: 'Regio Twente' } });
    expect(t('nl', problem!.code, { ...problem!.params, sheet: problem!.sheet, row: problem!.row, column: problem!.column })).toContain("'Regio Twent' is geen organisatie of persoon uit het werkboek");
    expect(t('en', problem!.code, { ...problem!.params, sheet: problem!.sheet, row: problem!.row, column: problem!.column })).toContain('Regio Twente');
  });
});
