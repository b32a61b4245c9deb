/**
 * The calendar feed: RFC 5545 structure that Outlook and Google accept (CRLF, folded lines,
 * VCALENDAR/VEVENT, UTC DTSTART or all-day DATE, stable UIDs), over `gremium ics` and HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../../../src/demo/index.ts';
import { committeeCalendar } from '../../../src/platforms/calendar/ics.ts';
import { startCalendarServer, type CalendarServer } from '../../../src/platforms/calendar/server.ts';
import { cancelMeeting } from '../../../src/services/schedule/cancel-meeting.ts';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { moveMeeting } from '../../../src/services/schedule/move-meeting.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';

let database: TestDatabase;
let server: CalendarServer;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });
const lotte = { personId: demoId.person('lotte-mulder'), label: 'Lotte Mulder' };

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  server = await startCalendarServer({ deps: deps(), host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server?.stop();
  await database?.close();
});

type Component = { name: string; props: Map<string, string[]>; children: Component[] };

/** Parses RFC 5545 text strictly: CRLF lines, unfolding, nested BEGIN/END; throws on a broken structure. */
function parseIcs(text: string): Component {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line.includes('\n'), 'bare LF').toBe(false);
    expect(Buffer.byteLength(line, 'utf8'), `line longer than 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: Component[] = [];
  let root: Component | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    expect(colon, `no colon: ${line}`).toBeGreaterThan(0);
    const [nameAndParams, value] = [line.slice(0, colon), line.slice(colon + 1)];
    if (nameAndParams === 'BEGIN') {
      const c: Component = { name: value, props: new Map(), children: [] };
      stack.at(-1)?.children.push(c);
      stack.push(c);
      root ??= c;
    } else if (nameAndParams === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else {
      const top = stack.at(-1)!;
      top.props.set(nameAndParams, [...(top.props.get(nameAndParams) ?? []), value]);
    }
  }
  expect(stack).toEqual([]);
  return root!;
}

const prop = (c: Component, name: string) => [...c.props.entries()].find(([k]) => k === name || k.startsWith(`${name};`));

describe('the ICS feed of a committee', () => {
  it('is valid RFC 5545: VCALENDAR 2.0 with meetings in UTC and deadlines as all-day events', async () => {
    const cal = parseIcs(await committeeCalendar(deps(), demoId.committee('BOSD')));
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')?.[1]).toEqual(['2.0']);
    expect(prop(cal, 'PRODID')?.[1][0]).toContain('Gremium');
    // Times are UTC: no TZID anywhere, so no VTIMEZONE is needed.
    expect(cal.children.every((c) => c.name === 'VEVENT')).toBe(true);
    for (const e of cal.children) {
      for (const required of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY']) expect(prop(e, required), required).toBeDefined();
      const [key, [start]] = prop(e, 'DTSTART')! as [string, string[]];
      if (key === 'DTSTART') expect(start).toMatch(/^\d{8}T\d{6}Z$/);
      else expect([key, start]).toEqual(['DTSTART;VALUE=DATE', expect.stringMatching(/^\d{8}$/)]);
      expect([...e.props.keys()].some((k) => k.includes('TZID'))).toBe(false);
    }
    const dec = cal.children.find((e) => prop(e, 'UID')?.[1][0]?.includes('2026-12-17') && prop(e, 'DTSTART')?.[0] === 'DTSTART')!;
    expect(prop(dec, 'DTSTART')?.[1]).toEqual(['20261217T130000Z']);
    expect(prop(dec, 'SUMMARY')?.[1]).toEqual(['BOSD-vergadering']);
    const june = cal.children.find((e) => prop(e, 'DTSTART')?.[1][0] === '20270617T120000Z');
    expect(june, 'the June meeting at 14:00 CEST is 12:00Z').toBeDefined();
    const agenda = cal.children.find((e) => prop(e, 'SUMMARY')?.[1][0] === 'Termijn agenda BOSD (vergadering 17 december 2026)')!;
    expect(prop(agenda, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE', ['20261210']]);
  });

  it('keeps UIDs stable, so a moved meeting moves and a cancelled one is struck in subscribed calendars', async () => {
    const before = parseIcs(await committeeCalendar(deps(), demoId.committee('BOSD')));
    const uidOf = (c: Component, start: string) => c.children.find((e) => prop(e, 'DTSTART')?.[1][0] === start)?.props.get('UID')?.[0];
    const january = uidOf(before, '20270121T130000Z')!;
    const february = uidOf(before, '20270218T130000Z')!;
    expect(parseIcs(await committeeCalendar(deps(), demoId.committee('BOSD'))).children.map((e) => e.props.get('UID')![0])).toEqual(before.children.map((e) => e.props.get('UID')![0]));
    await moveMeeting(deps(), { actor: lotte, committeeId: demoId.committee('BOSD'), day: '2027-01-21', to: '2027-01-26', time: '10:00' });
    await cancelMeeting(deps(), { actor: lotte, committeeId: demoId.committee('BOSD'), day: '2027-02-18' });
    const after = parseIcs(await committeeCalendar(deps(), demoId.committee('BOSD')));
    const moved = after.children.find((e) => e.props.get('UID')?.[0] === january)!;
    expect(moved.props.get('DTSTART')).toEqual(['20270126T090000Z']);
    expect(Number(moved.props.get('SEQUENCE')?.[0])).toBeGreaterThan(0);
    const cancelled = after.children.find((e) => e.props.get('UID')?.[0] === february)!;
    expect(cancelled.props.get('STATUS')).toEqual(['CANCELLED']);
  });

  it('is served over HTTP as text/calendar at /calendar/<CODE>.ics; unknown committees and paths are 404', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/calendar/kbo.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const cal = parseIcs(await res.text());
    expect(cal.children.some((e) => prop(e, 'DTSTART')?.[1][0] === '20261217T150000Z')).toBe(true);
    expect((await fetch(`http://127.0.0.1:${server.port}/calendar/NOPE.ics`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/other`)).status).toBe(404);
  });
});
