/**
 * Issue 18 point 8 end to end on loopback with the real bot: every dialog offers Teams' pickers
 * (Input.Date, Input.Time, the committees as a filtered Input.ChoiceSet, a person as a typeahead
 * Input.ChoiceSet whose Data.Query the bot answers on `application/search`), a picked value runs the
 * same command typing it would, and a refusal comes back on the form with what was picked kept.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORMS } from '../../../src/conversation/forms.ts';
import { JAN, SANNE, searchInvoke, taskInvoke, type TeamsUser } from './activities.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());
beforeEach(async () => h.reset());

type Input = { type: string; id: string; label: string; style?: string; value?: string; placeholder?: string; choices?: { title: string; value: string }[]; 'choices.data'?: { type: string; dataset: string } };
type Task = { type: string; value: { card: { content: { body: Input[] } } } | string };

/** Opens a dialog as `user`; its inputs by id. */
async function openDialog(user: TeamsUser, dialog: string, locale = 'nl-NL'): Promise<Record<string, Input>> {
  const fetched = await h.post(taskInvoke(h.ms.serviceUrl, user, 'task/fetch', { msteams: { type: 'task/fetch' }, dialog }, locale));
  const task = (fetched.body as { task: Task }).task;
  expect(task.type).toBe('continue');
  const body = (task.value as { card: { content: { body: Input[] } } }).card.content.body;
  return Object.fromEntries(body.filter((b) => b.type.startsWith('Input.')).map((b) => [b.id, b]));
}

/** Types `text` into a person picker; the search response's body. */
async function search(user: TeamsUser, text: string, dataset = 'people') {
  const res = await h.post(searchInvoke(h.ms.serviceUrl, user, dataset, text));
  expect(res.status).toBe(200);
  return res.body as { statusCode: number; type: string; value: { results: { title: string; value: string }[] } };
}

/** Submits a dialog; the task it answers with. */
async function submit(user: TeamsUser, data: Record<string, string>): Promise<Task> {
  return ((await h.post(taskInvoke(h.ms.serviceUrl, user, 'task/submit', data))).body as { task: Task }).task;
}

const personId = async (name: string) => (await h.db.db.person.findFirstOrThrow({ where: { name } })).id;

describe('Teams: every dialog offers pickers', () => {
  it.each(FORMS.map((f) => [f.id] as const))('the %s dialog: dates are Input.Date, committees a filtered choice, people a typeahead', async (id) => {
    const inputs = await openDialog(JAN, id);
    const form = FORMS.find((f) => f.id === id)!;
    for (const field of form.fields) {
      const expected = { date: 'Input.Date', time: 'Input.Time', committee: 'Input.ChoiceSet', role: 'Input.ChoiceSet', person: 'Input.ChoiceSet', organisation: 'Input.ChoiceSet', text: 'Input.Text' }[field.input];
      expect(inputs[field.id]?.type, `${id}.${field.id}`).toBe(expected);
      if (field.input === 'person') expect(inputs[field.id]).toMatchObject({ style: 'filtered', 'choices.data': { type: 'Data.Query', dataset: 'people' } });
      if (field.input === 'organisation') expect(inputs[field.id]).toMatchObject({ style: 'filtered', 'choices.data': { type: 'Data.Query', dataset: 'organisations' } });
      if (field.input === 'role') expect(inputs[field.id]!.choices).toContainEqual({ title: 'adviseur', value: 'adviseur' });
    }
    expect(inputs.committee).toMatchObject({ style: 'filtered', label: 'Gremium', placeholder: 'Kies een gremium' });
    expect(inputs.committee!.choices).toEqual(expect.arrayContaining([{ title: 'SBO · Strategisch Bestuurlijk Overleg', value: 'SBO' }, expect.objectContaining({ value: 'FOT' })]));
  });

  it('labels the pickers in the reader’s language', async () => {
    const inputs = await openDialog(JAN, 'absent', 'en-GB');
    expect(inputs.committee).toMatchObject({ label: 'Committee', placeholder: 'Choose a committee' });
    expect(inputs.date).toMatchObject({ type: 'Input.Date', label: 'Meeting date' });
    expect(inputs.substitute).toMatchObject({ label: 'Substitute', placeholder: 'Type part of the name' });
  });
});

describe('Teams: the person typeahead', () => {
  it('answers a search with the people whose name matches, by name and employer, never an address', async () => {
    const body = await search(SANNE, 'karin');
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.search.searchResponse' });
    expect(body.value.results[0]).toEqual({ title: 'Karin Smit (Stichting Opgroeien Maasland)', value: await personId('Karin Smit') });
    expect(JSON.stringify(body)).not.toContain('@');
  });

  it('answers the organisation picker by name or alias', async () => {
    expect((await search(SANNE, 'Combination North', 'organisations')).value.results[0]).toEqual({ title: 'Combinatie Noord', value: 'Combinatie Noord' });
  });

  it('finds nothing in a dataset it does not know', async () => {
    expect((await search(SANNE, 'karin', 'orders')).value.results).toEqual([]);
  });
});

describe('Teams: a picked submission', () => {
  it('adds the seat of the person picked by typeahead, from the day picked', async () => {
    const karin = (await search(SANNE, 'Karin Smi')).value.results[0]!.value;
    const before = await h.db.db.seat.count({ where: { personId: karin } });
    const task = await submit(SANNE, { dialog: 'seat', committee: 'SBO', person: karin, role: 'adviseur', from: '2026-12-01' });
    expect(task.type).toBe('message');
    expect(task.value).toContain('Karin Smit');
    const seats = await h.db.db.seat.findMany({ where: { personId: karin }, include: { committee: true } });
    expect(seats.length).toBe(before + 1);
    expect(seats.find((s) => s.committee.code === 'SBO' && s.role === 'ADVISER')?.startsOn.toISOString().slice(0, 10)).toBe('2026-12-01');
  });

  it('declares an absence for the day picked, with the substitute picked by typeahead', async () => {
    // 001 SBO: the substitute needs a mandate of the same combination; Piet Jansen has one for Combinatie Noord.
    const piet = (await search(JAN, 'piet')).value.results.find((r) => r.title.startsWith('Piet Jansen'))!.value;
    const task = await submit(JAN, { dialog: 'absent', committee: 'SBO', date: '2026-12-10', substitute: piet });
    expect(task.type).toBe('message');
    const declaration = await h.db.db.substitutionDeclaration.findFirstOrThrow({ where: { seat: { person: { name: 'Jan de Vries' }, committee: { code: 'SBO' } } }, include: { meeting: true } });
    expect(declaration.substituteId).toBe(piet);
    expect(declaration.meeting.startsAt.toISOString().slice(0, 10)).toBe('2026-12-10');
  });

  it('opens a poll closing on the day and at the time picked', async () => {
    const task = await submit(SANNE, { dialog: 'poll', committee: 'SBO', question: 'Akkoord met de gekozen datum?', closes: '2026-12-09', time: '14:30' });
    expect(task.type).toBe('message');
    const poll = await h.db.db.poll.findFirstOrThrow({ where: { question: 'Akkoord met de gekozen datum?' } });
    expect(poll.closesAt.toISOString()).toBe('2026-12-09T13:30:00.000Z');
  });

  it('refuses a missing or past closing day on the form, keeping what was picked, and changes nothing', async () => {
    const polls = await h.db.db.poll.count();
    const missing = await submit(SANNE, { dialog: 'poll', committee: 'SBO', question: 'Zonder datum?' });
    expect(missing.type).toBe('continue');
    expect(JSON.stringify(missing.value)).toContain('"style":"warning"');
    const past = await submit(SANNE, { dialog: 'poll', committee: 'SBO', question: 'Te laat?', closes: '2026-11-01' });
    expect(past.type).toBe('continue');
    const body = (past.value as { card: { content: { body: Input[] } } }).card.content.body;
    expect(JSON.stringify(body[0])).toContain('"style":"warning"');
    expect(body.find((b) => b.id === 'closes')).toMatchObject({ type: 'Input.Date', value: '2026-11-01' });
    expect(body.find((b) => b.id === 'committee')).toMatchObject({ type: 'Input.ChoiceSet', value: 'SBO' });
    expect(await h.db.db.poll.count()).toBe(polls);
  });

  it('draws a refused form again with the picked person shown by name', async () => {
    // 001 SBO: one seat per combination, and Combinatie Noord has Jan de Vries.
    const piet = await personId('Piet Jansen');
    const task = await submit(SANNE, { dialog: 'seat', committee: 'SBO', person: piet, role: 'lid', organisation: 'Combinatie Noord', from: '2026-12-01' });
    expect(task.type).toBe('continue');
    const body = (task.value as { card: { content: { body: Input[] } } }).card.content.body;
    expect(JSON.stringify(body[0])).toContain('Combinatie Noord heeft in het SBO al 1 zetel als lid (Jan de Vries)');
    expect(body.find((b) => b.id === 'person')).toMatchObject({ value: piet, choices: [{ title: 'Piet Jansen', value: piet }] });
  });
});
