import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  attendanceFromDeclarations,
  flagAbsentees,
  missed,
  type Attendance,
  type AttendanceRecord,
} from '../../../src/domain/decisions/attendance.ts';

const PRESENT: Attendance = { kind: 'PRESENT' };
const ABSENT: Attendance = { kind: 'ABSENT' };
const excused = (reason: string | null = 'ziek', substituteId: string | null = null): Attendance => ({ kind: 'EXCUSED', reason, substituteId });

/** Monthly meetings of one party in 2025 (third Thursday-ish), given their attendance in order. */
function year2025(partyId: string, attendances: readonly Attendance[]): AttendanceRecord[] {
  return attendances.map((attendance, i) => ({
    meetingId: `tafel-2025-${i + 1}`,
    meetingDay: `2025-${String(i + 1).padStart(2, '0')}-15`,
    partyId,
    attendance,
  }));
}

describe('attendanceFromDeclarations', () => {
  const m = {
    meetingId: 'tafel-1',
    meetingDay: '2025-03-13',
    partyIds: ['prov-a', 'prov-b', 'prov-c', 'prov-d', 'prov-e', 'prov-a'],
    presentPartyIds: ['prov-a', 'prov-e'],
    notices: [
      { partyId: 'prov-b', reason: 'ziek' },
      { partyId: 'prov-c', reason: 'vakantie', substituteId: 'p-named' },
      { partyId: 'prov-e', reason: 'verhinderd' },
    ],
  };
  const byParty = Object.fromEntries(attendanceFromDeclarations(m).map((r) => [r.partyId, r.attendance]));
  it('one record per expected party', () => {
    expect(Object.keys(byParty).sort()).toEqual(['prov-a', 'prov-b', 'prov-c', 'prov-d', 'prov-e']);
  });
  it('present, excused with or without substitute, absent', () => {
    expect(byParty['prov-a']).toEqual(PRESENT);
    expect(byParty['prov-b']).toEqual(excused('ziek'));
    expect(byParty['prov-c']).toEqual(excused('vakantie', 'p-named'));
    expect(byParty['prov-d']).toEqual(ABSENT);
  });
  it('a party that sent notice but came anyway is present', () => {
    expect(byParty['prov-e']).toEqual(PRESENT);
  });
  it('the last notice of a party counts', () => {
    const r = attendanceFromDeclarations({ ...m, partyIds: ['prov-b'], presentPartyIds: [], notices: [{ partyId: 'prov-b', reason: 'x' }, { partyId: 'prov-b', reason: 'y' }] });
    expect(r[0]?.attendance).toEqual(excused('y'));
  });
  it('a substitute of the party means the meeting was not missed', () => {
    expect(missed(excused('ziek', 'p-named'))).toBe(false);
    expect(missed(excused('ziek'))).toBe(true);
    expect(missed(ABSENT)).toBe(true);
    expect(missed(PRESENT)).toBe(false);
  });
});

describe('flagAbsentees — 002 art. 7.5: "Bij het zonder opgaaf van redenen of het meer dan driemaal in één kalenderjaar missen van een Fysieke overlegtafel kan Gemeente besluiten om betreffende Aanbieder niet meer uit te nodigen"', () => {
  it('"meer dan driemaal": exactly 3 excused misses is not flagged', () => {
    const [r] = flagAbsentees(year2025('prov-a', [excused(), excused(), excused(), PRESENT, PRESENT]), 2025);
    expect(r).toMatchObject({ partyId: 'prov-a', meetings: 5, missed: 3, limit: 3, flagged: false, reasons: [] });
  });
  it('"meer dan driemaal": 4 excused misses is flagged TOO_MANY_MISSED', () => {
    const [r] = flagAbsentees(year2025('prov-a', [excused(), excused(), excused(), excused(), PRESENT]), 2025);
    expect(r).toMatchObject({ missed: 4, flagged: true, reasons: ['TOO_MANY_MISSED'], excusedWithoutSubstitute: 4, present: 1 });
    expect(r?.missedMeetingIds).toEqual(['tafel-2025-1', 'tafel-2025-2', 'tafel-2025-3', 'tafel-2025-4']);
  });
  it('"zonder opgaaf van redenen": one absence without notice is flagged', () => {
    const [r] = flagAbsentees(year2025('prov-a', [PRESENT, ABSENT, PRESENT]), 2025);
    expect(r).toMatchObject({ missed: 1, absentWithoutNotice: 1, flagged: true, reasons: ['MISSED_WITHOUT_REASON'], withoutReasonMeetingIds: ['tafel-2025-2'] });
  });
  it('"zonder opgaaf van redenen": a notice without a reason is flagged too', () => {
    const [r] = flagAbsentees(year2025('prov-a', [excused(null), excused('  ')]), 2025);
    expect(r).toMatchObject({ flagged: true, reasons: ['MISSED_WITHOUT_REASON'], withoutReasonMeetingIds: ['tafel-2025-1', 'tafel-2025-2'] });
  });
  it('both reasons at once', () => {
    const [r] = flagAbsentees(year2025('prov-a', [ABSENT, excused(), excused(), excused()]), 2025);
    expect(r?.reasons).toEqual(['TOO_MANY_MISSED', 'MISSED_WITHOUT_REASON']);
  });
  it('represented by its substitute is not a miss, however often', () => {
    const [r] = flagAbsentees(year2025('prov-a', Array.from({ length: 6 }, () => excused(null, 'p-named'))), 2025);
    expect(r).toMatchObject({ missed: 0, excusedWithSubstitute: 6, flagged: false });
  });
  it('"in één kalenderjaar": 2 misses in December and 2 in January flag neither year', () => {
    const recs: AttendanceRecord[] = [
      { meetingId: 'n1', meetingDay: '2025-11-20', partyId: 'p', attendance: excused() },
      { meetingId: 'd1', meetingDay: '2025-12-31', partyId: 'p', attendance: excused() },
      { meetingId: 'j1', meetingDay: '2026-01-01', partyId: 'p', attendance: excused() },
      { meetingId: 'j2', meetingDay: '2026-01-15', partyId: 'p', attendance: excused() },
    ];
    expect(flagAbsentees(recs, 2025)).toMatchObject([{ missed: 2, flagged: false, year: 2025 }]);
    expect(flagAbsentees(recs, 2026)).toMatchObject([{ missed: 2, flagged: false, year: 2026 }]);
    expect(flagAbsentees(recs, 2024)).toEqual([]);
  });
  it('a fourth miss on 31 December still counts for that year', () => {
    const recs = [...year2025('p', [excused(), excused(), excused()]), { meetingId: 'dec', meetingDay: '2025-12-31', partyId: 'p', attendance: excused() }];
    expect(flagAbsentees(recs, 2025)[0]).toMatchObject({ missed: 4, flagged: true });
  });
  it('a meeting recorded twice for a party counts once (the last record)', () => {
    const recs = [...year2025('p', [excused(), excused(), excused(), excused()]), { meetingId: 'tafel-2025-4', meetingDay: '2025-04-15', partyId: 'p', attendance: PRESENT }];
    expect(flagAbsentees(recs, 2025)[0]).toMatchObject({ meetings: 4, missed: 3, flagged: false });
  });
  it('the limit is configurable per committee', () => {
    const recs = year2025('p', [excused(), excused()]);
    expect(flagAbsentees(recs, 2025, { maxMissesPerYear: 1 })[0]).toMatchObject({ flagged: true, limit: 1 });
  });
  it('reports every party with a meeting that year, sorted by id', () => {
    const recs = [...year2025('prov-z', [PRESENT]), ...year2025('prov-b', [ABSENT])];
    expect(flagAbsentees(recs, 2025).map((r) => [r.partyId, r.flagged])).toEqual([['prov-b', true], ['prov-z', false]]);
  });
  it('property: flagged exactly when misses exceed 3 or one miss had no reason; counts add up', () => {
    const attArb = fc.oneof(
      fc.constant(PRESENT),
      fc.constant(ABSENT),
      fc.record({ kind: fc.constant('EXCUSED' as const), reason: fc.constantFrom(null, '', 'ziek'), substituteId: fc.constantFrom(null, 'p-named') }),
    );
    fc.assert(
      fc.property(fc.array(attArb, { maxLength: 12 }), (atts) => {
        const reports = flagAbsentees(year2025('p', atts), 2025);
        if (atts.length === 0) return void expect(reports).toEqual([]);
        const r = reports[0]!;
        expect(r.present + r.excusedWithSubstitute + r.excusedWithoutSubstitute + r.absentWithoutNotice).toBe(atts.length);
        expect(r.missed).toBe(r.excusedWithoutSubstitute + r.absentWithoutNotice);
        expect(r.flagged).toBe(r.missed > 3 || r.withoutReasonMeetingIds.length > 0);
      }),
    );
  });
});
