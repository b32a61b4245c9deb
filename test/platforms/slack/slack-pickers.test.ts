/**
 * Issue 18 point 8 on the real Bolt app: every form modal offers Slack's pickers (datepicker,
 * timepicker, the committees as a static select, a person found as the user types through the app's
 * options answer), a picked value runs the same command typing it would, and a refused or missing
 * value still comes back on its own field with nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMS } from '../../../src/conversation/forms.ts';
import { createServiceDeps } from '../../../src/services/deps.ts';
import { loadDemoData } from '../../../src/services/registry/load-demo-data.ts';
import { openTestDatabase, type TestDatabase } from '../../support/db.ts';
import { blockSuggestion, interactive, picked, viewSubmission } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';

let database: TestDatabase;
let h: Harness;
const deps = () => createServiceDeps({ db: database.db, now: () => new Date('2026-11-25T10:00:00Z'), caches: database.caches });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoData(deps());
  h = await startHarness(deps());
  h.fake.users.set('U0JAN', { email: 'jan.devries@jeugdzorgnoord.example', locale: 'nl-NL' });
  h.fake.users.set('U0SANNE', { email: 'sanne.bakker@regio.example', locale: 'nl-NL' });
  h.fake.users.set('U0PIET', { email: 'piet.jansen@jeugdzorgnoord.example', locale: 'en-GB' });
});
afterAll(async () => {
  await h?.close();
  await database?.close();
});

interface Element { type: string; action_id: string; options?: { text: { text: string }; value: string }[]; placeholder?: { text: string } }

/** Opens a form from the chooser's button, as `user`; the modal's elements by block id. */
async function openForm(user: string, form: string): Promise<Record<string, Element>> {
  const click = interactive({
    type: 'block_actions', user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0001' }, api_app_id: 'A123456', token: 't',
    container: { type: 'view', view_id: 'V1' }, trigger_id: `1.2.${form}.${Math.random()}`, team: { id: 'T0001', domain: 'g' },
    view: { id: 'V1', hash: 'h1', type: 'modal', callback_id: 'gremium.forms', private_metadata: '{"channel":"C2147483705"}', state: { values: {} } },
    actions: [{ action_id: `gremium.form:${form}`, block_id: 'forms', value: form, type: 'button', action_ts: '1', text: { type: 'plain_text', text: form } }],
  });
  const updated = (await h.turn(click)).calls.find((c) => c.method === 'views.update');
  const blocks = (updated!.args.view as { blocks: { block_id: string; element: Element }[] }).blocks;
  return Object.fromEntries(blocks.map((b) => [b.block_id, b.element]));
}

/** Signs and posts a block_suggestion; the options Slack would show. */
async function suggestions(user: string, value: string, actionId = 'gremium.pick:people') {
  const res = await h.turn(blockSuggestion({ user, callbackId: 'gremium.form:seat', blockId: 'person', actionId, value }));
  expect(res.status).toBe(200);
  return (JSON.parse(res.text) as { options: { text: { type: string; text: string }; value: string }[] }).options;
}

describe('every form offers pickers', () => {
  it.each(FORMS.map((f) => [f.id] as const))('the %s form: dates are datepickers, committees a select, people searched as typed', async (id) => {
    const elements = await openForm('U0PIET', id);
    const form = FORMS.find((f) => f.id === id)!;
    for (const field of form.fields) {
      const element = elements[field.id]!;
      const expected = { date: 'datepicker', time: 'timepicker', committee: 'static_select', role: 'static_select', person: 'external_select', organisation: 'external_select', text: 'plain_text_input' }[field.input];
      expect(element.type, `${id}.${field.id}`).toBe(expected);
    }
    const committee = elements.committee!;
    expect(committee.options?.map((o) => o.value)).toEqual(expect.arrayContaining(['SBO', 'FOT']));
    // In the user's language (Piet's Slack is English).
    expect(committee.placeholder?.text).toBe('Choose a committee');
    expect(form.fields.some((f) => f.input === 'date')).toBe(true);
  });

  it('names the person and organisation pickers so the app answers their searches, and lists the roles', async () => {
    const elements = await openForm('U0SANNE', 'seat');
    expect(elements.person).toMatchObject({ type: 'external_select', action_id: 'gremium.pick:people', min_query_length: 1 });
    expect(elements.person?.placeholder?.text).toBe('Typ een deel van de naam');
    expect(elements.organisation).toMatchObject({ type: 'external_select', action_id: 'gremium.pick:organisations' });
    expect(elements.role?.options?.map((o) => [o.value, o.text.text])).toEqual([['lid', 'lid'], ['adviseur', 'adviseur'], ['voorzitter', 'voorzitter'], ['secretaris', 'secretaris'], ['agendacommissie', 'agendacommissie']]);
    const english = await openForm('U0PIET', 'seat');
    expect(english.role?.options?.map((o) => o.value)).toEqual(['member', 'adviser', 'chair', 'secretary', 'agenda-committee']);
  });
});

describe('the person picker’s search', () => {
  it('lists the people whose name matches what was typed, by name and employer, never an address', async () => {
    const options = await suggestions('U0SANNE', 'karin');
    const karin = await database.db.person.findFirstOrThrow({ where: { name: 'Karin Smit' } });
    expect(options[0]).toMatchObject({ value: karin.id, text: { type: 'plain_text', text: expect.stringMatching(/^Karin Smit/) } });
    expect(JSON.stringify(options)).not.toContain('@');
    // A typo still finds her.
    expect((await suggestions('U0SANNE', 'Karin Smitt')).map((o) => o.value)).toContain(karin.id);
  });

  it('lists organisations by name or alias for the organisation picker, and committees when asked', async () => {
    expect((await suggestions('U0SANNE', 'Combination North', 'gremium.pick:organisations'))[0]).toMatchObject({ value: 'Combinatie Noord', text: { text: 'Combinatie Noord' } });
    expect((await suggestions('U0SANNE', 'strategisch', 'gremium.pick:committees')).map((o) => o.value)).toContain('SBO');
  });

  it('answers nobody Gremium does not know (a user of another workspace) with no options', async () => {
    h.fake.users.set('U0GUEST', { email: 'guest@elsewhere.example', locale: 'nl-NL', team_id: 'T0OTHER' } as never);
    expect(await suggestions('U0GUEST', 'karin')).toEqual([]);
  });
});

describe('a picked submission', () => {
  it('adds the seat of the person picked by typeahead, from the day picked', async () => {
    const karin = await database.db.person.findFirstOrThrow({ where: { name: 'Karin Smit' } });
    const [option] = await suggestions('U0SANNE', 'Karin');
    const before = await database.db.seat.count({ where: { personId: karin.id } });
    const res = await h.turn(viewSubmission({
      user: 'U0SANNE', callbackId: 'gremium.form:seat',
      values: { committee: picked.option('SBO'), person: picked.searched('people', option!.value, option!.text.text), role: picked.option('adviseur'), from: picked.date('2026-12-01') },
    }));
    expect(res.text).toBe('');
    const seats = await database.db.seat.findMany({ where: { personId: karin.id }, include: { committee: true } });
    expect(seats.length).toBe(before + 1);
    const added = seats.find((s) => s.committee.code === 'SBO' && s.role === 'ADVISER');
    expect(added?.startsOn.toISOString().slice(0, 10)).toBe('2026-12-01');
  });

  it('puts the committee’s composition rule on the organisation picked, and changes nothing', async () => {
    // 001 SBO: one seat per combination, and Combinatie Noord has Jan de Vries.
    const piet = await database.db.person.findFirstOrThrow({ where: { name: 'Piet Jansen' } });
    const before = await database.db.seat.count();
    const res = await h.turn(viewSubmission({
      user: 'U0SANNE', callbackId: 'gremium.form:seat',
      values: {
        committee: picked.option('SBO'), person: picked.searched('people', piet.id, 'Piet Jansen (Jeugdzorg Noord BV)'), role: picked.option('lid'),
        organisation: picked.searched('organisations', 'Combinatie Noord', 'Combinatie Noord'), from: picked.date('2026-12-01'),
      },
    }));
    expect(JSON.parse(res.text)).toEqual({ response_action: 'errors', errors: { organisation: expect.stringMatching(/^Combinatie Noord heeft in het SBO al 1 zetel als lid \(Jan de Vries\)/) } });
    expect(await database.db.seat.count()).toBe(before);
  });

  it('opens a poll closing on the day and at the time picked', async () => {
    const res = await h.turn(viewSubmission({
      user: 'U0SANNE', callbackId: 'gremium.form:poll',
      values: { committee: picked.option('SBO'), question: 'Akkoord met de gekozen datum?', closes: picked.date('2026-12-09'), time: picked.time('14:30') },
    }));
    expect(res.text).toBe('');
    const poll = await database.db.poll.findFirstOrThrow({ where: { question: 'Akkoord met de gekozen datum?' } });
    // 14:30 in Amsterdam (CET) is 13:30 UTC.
    expect(poll.closesAt.toISOString()).toBe('2026-12-09T13:30:00.000Z');
  });

  it('puts a missing date and a day already past on the date picker, and changes nothing', async () => {
    const polls = await database.db.poll.count();
    const missing = await h.turn(viewSubmission({ user: 'U0SANNE', callbackId: 'gremium.form:poll', values: { committee: picked.option('SBO'), question: 'Zonder datum?' } }));
    expect(JSON.parse(missing.text)).toMatchObject({ response_action: 'errors', errors: { closes: expect.any(String) } });
    const past = await h.turn(viewSubmission({ user: 'U0SANNE', callbackId: 'gremium.form:poll', values: { committee: picked.option('SBO'), question: 'Te laat?', closes: picked.date('2026-11-01') } }));
    const body = JSON.parse(past.text) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['closes']);
    expect(await database.db.poll.count()).toBe(polls);
  });

  it('declares an absence for the meeting day picked, with the substitute picked by typeahead', async () => {
    // 001 SBO: a substitute with a mandate of the same combination; Piet Jansen has one for Combinatie Noord.
    const piet = await database.db.person.findFirstOrThrow({ where: { name: 'Piet Jansen' } });
    const options = await suggestions('U0JAN', 'piet jan');
    expect(options[0]).toMatchObject({ value: piet.id, text: { text: 'Piet Jansen (Jeugdzorg Noord BV)' } });
    const declarations = () => database.db.substitutionDeclaration.findMany({ where: { seat: { person: { name: 'Jan de Vries' }, committee: { code: 'SBO' } }, withdrawnAt: null }, include: { meeting: true } });
    const before = (await declarations()).length;
    const res = await h.turn(viewSubmission({
      user: 'U0JAN', callbackId: 'gremium.form:absent',
      values: { committee: picked.option('SBO'), date: picked.date('2026-12-10'), substitute: picked.searched('people', piet.id, options[0]!.text.text) },
    }));
    expect(res.text).toBe('');
    const after = await declarations();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ substituteId: piet.id, meeting: { startsAt: expect.any(Date) } });
    expect(after.at(-1)!.meeting.startsAt.toISOString().slice(0, 10)).toBe('2026-12-10');
  });
});
