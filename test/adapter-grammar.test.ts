/**
 * The adapters carry no grammar and make no decisions (issue 11, point 5): the command grammar is
 * spelled only in src/conversation; cards bring their commands and keys; a form is one neutral
 * definition that Slack and Teams render with the same fields and that submits the verb's command.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeCardKey, decisionListCardKey, encodeCardKey, pollCardKey } from '../src/conversation/card-keys.ts';
import { asCommandLine, HELP_WORDS, parseCommand } from '../src/conversation/commands.ts';
import { checkForm, fieldOfError, FORMS, formCommand, formLabelsKnown, type Form } from '../src/conversation/forms.ts';
import { TEXT_LIMITS } from '../src/domain/user-text.ts';
import { card } from '../src/conversation/reply.ts';
import { VERBS } from '../src/conversation/verbs.ts';
import type { Language } from '../src/i18n/catalog.ts';
import { renderReply } from '../src/platforms/slack/render.ts';
import { formView } from '../src/platforms/slack/views.ts';
import { dialogCard } from '../src/platforms/teams/dialogs.ts';
import { isRefreshInvoke } from '../src/platforms/teams/parse.ts';
import { renderCard } from '../src/platforms/teams/render.ts';
import { formatFindings, grammarInPlatforms, type GrammarVocabulary } from './support/adapter-grammar.ts';
import { readSourceFiles } from './support/boundaries.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const VOCABULARY: GrammarVocabulary = {
  spellings: [...VERBS.flatMap((v) => Object.keys(v.words)), ...Object.keys(HELP_WORDS)],
  optionKeys: [...new Set(VERBS.flatMap((v) => Object.values(v.options).flat()))],
  dutchKeys: [...new Set(VERBS.flatMap((v) => Object.values(v.options).map((keys) => keys[0]!)))],
};

describe('src/platforms holds no command grammar', () => {
  it('spells no verb, writes no command line or option key, and makes or reads no card key', () => {
    const findings = grammarInPlatforms(readSourceFiles(ROOT), VOCABULARY);
    expect(findings, `grammar in the adapters:\n${formatFindings(findings)}`).toEqual([]);
  });

  it('the check can fail (self-check on synthetic adapters)', () => {
    const offenders: Record<string, string> = {
      'a verb word': "const show = lang === 'nl' ? 'peiling' : 'poll';",
      'a two-word verb inside a text': 'const line = `${prefix} peiling openen ${committee}`;',
      'a written command': "const c = '/gremium stem ' + id;",
      'an option key': 'const q = `vraag=${question}`;',
      'a card key made': 'const key = `poll:${id}`;',
      'a card key parsed': 'const POLL_KEY = /^poll:(.+)$/;',
      'a help word': "const words = new Set(['help', 'hulp']);",
      'a Dutch option key': "const key = nl ? 'vraag' : other;",
      'a verb with an accent': "const v = 'zetel beëindigen';",
    };
    for (const [what, text] of Object.entries(offenders)) {
      expect(grammarInPlatforms([{ path: 'src/platforms/x/y.ts', text }], VOCABULARY), what).not.toEqual([]);
    }
    const fine = "import { x } from '../../conversation/forms.ts';\nconst a = { type: 'Action.Execute', verb: 'gremium', data: { command } };\nconst r = /^\\/gremium\\b/i;";
    expect(grammarInPlatforms([{ path: 'src/platforms/x/y.ts', text: fine }], VOCABULARY)).toEqual([]);
    expect(grammarInPlatforms([{ path: 'src/conversation/x.ts', text: "const w = 'peiling';" }], VOCABULARY)).toEqual([]);
  });
});

/** A Slack element as the kind of input it is (issue 18: pickers where the platform has them). */
function slackKind(element: { type: string; action_id: string; options?: { value: string }[] }): string {
  const kinds: Record<string, string> = { plain_text_input: 'text', datepicker: 'date', timepicker: 'time' };
  const searched: Record<string, string> = { 'gremium.pick:people': 'person', 'gremium.pick:organisations': 'organisation', 'gremium.pick:committees': 'committee' };
  if (element.type === 'external_select') return searched[element.action_id] ?? element.action_id;
  if (element.type === 'static_select') return element.options?.some((o) => ROLE_WORDS.has(o.value)) ? 'role' : 'committee';
  return kinds[element.type] ?? element.type;
}

/** Role words a role picker submits. */
const ROLE_WORDS = new Set(['lid', 'member', 'adviseur', 'adviser', 'voorzitter', 'chair']);

/** A form's inputs as Slack's modal shows them. */
function slackInputs(form: Form, lang: Language) {
  const view = formView(form, lang, { channel: null }) as { blocks: { block_id: string; optional: boolean; label: { text: string }; element: { type: string; action_id: string; options?: { value: string }[]; multiline?: boolean; max_length?: number } }[] };
  return view.blocks.map((b) => ({
    id: b.block_id, label: b.label.text, required: !b.optional, kind: slackKind(b.element),
    ...(b.element.type === 'plain_text_input' ? { multiline: b.element.multiline, maxLength: b.element.max_length } : {}),
  }));
}

/** A Teams input as the kind of input it is. */
function teamsKind(input: { type: string; 'choices.data'?: { dataset: string }; choices?: { value: string }[] }): string {
  const kinds: Record<string, string> = { 'Input.Text': 'text', 'Input.Date': 'date', 'Input.Time': 'time' };
  const searched: Record<string, string> = { people: 'person', organisations: 'organisation' };
  if (input.type === 'Input.ChoiceSet' && input['choices.data']) return searched[input['choices.data'].dataset] ?? input['choices.data'].dataset;
  if (input.type === 'Input.ChoiceSet') return input.choices?.some((c) => ROLE_WORDS.has(c.value)) ? 'role' : 'committee';
  return kinds[input.type] ?? input.type;
}

/** A form's inputs as Teams' dialog shows them. */
function teamsInputs(form: Form, lang: Language) {
  const body = dialogCard(form, lang).body as { type: string; id: string; label: string; isRequired: boolean; isMultiline?: boolean; maxLength?: number; choices?: { value: string }[] }[];
  return body.filter((b) => b.type.startsWith('Input.')).map((b) => ({
    id: b.id, label: b.label, required: b.isRequired, kind: teamsKind(b),
    ...(b.type === 'Input.Text' ? { multiline: b.isMultiline === true, maxLength: b.maxLength } : {}),
  }));
}

describe('forms are neutral data built from the verbs', () => {
  it('every label exists in Dutch and English, and every field is an argument of its verb', () => {
    expect(formLabelsKnown()).toBe(true);
    for (const form of FORMS) {
      const names = [...form.verb.positional, ...Object.keys(form.verb.options)];
      for (const field of form.fields) expect(names, `${form.id}.${field.id}`).toContain(field.argument);
    }
  });

  it.each(FORMS.map((f) => [f.id, f] as const))('the %s form: a Slack modal and a Teams dialog have the same fields and pickers, in both languages', (_id, form) => {
    for (const lang of ['nl', 'en'] as const) {
      const slack = slackInputs(form, lang);
      expect(slack.length).toBe(form.fields.length);
      expect(slack.map((f) => f.kind)).toEqual(form.fields.map((f) => f.input));
      expect(teamsInputs(form, lang)).toEqual(slack);
    }
  });

  it('takes required and optional from the verb’s schema', () => {
    const poll = FORMS.find((f) => f.id === 'poll')!;
    expect(Object.fromEntries(poll.fields.map((f) => [f.id, f.required]))).toEqual({ committee: true, question: true, closes: true, time: false, meeting: false, secret: false });
    const seat = FORMS.find((f) => f.id === 'seat')!;
    expect(seat.fields.find((f) => f.id === 'organisation')).toMatchObject({ argument: 'onBehalfOf', required: false });
  });

  it.each(['nl', 'en'] as const)('submits the command of its own verb, in %s, with every value as typed', (lang) => {
    const values: Record<string, Record<string, string>> = {
      poll: { committee: 'SBO', question: 'Akkoord met "het" plan = goed?', closes: '17 december', time: '14:00', meeting: '', secret: lang === 'nl' ? 'ja' : 'yes' },
      absent: { committee: 'Fysieke overlegtafel', date: '2026-12-10', substitute: "Anne-Marie D'Hondt", reason: '' },
      seat: { committee: 'SBO', person: 'Karin Smit', role: 'adviseur', organisation: 'Combinatie Noord', from: '1 december 2026', until: '' },
    };
    for (const form of FORMS) {
      const command = formCommand(form, lang, values[form.id]!);
      const parsed = parseCommand(command);
      expect(parsed.ok, command).toBe(true);
      if (!parsed.ok || parsed.value.kind !== 'run') throw new Error(command);
      expect(parsed.value.verb.id).toBe(form.verb.id);
      expect(parsed.value.lang).toBe(lang);
      const input = parsed.value.input as Record<string, unknown>;
      for (const field of form.fields) {
        const typed = values[form.id]![field.id]!;
        if (typed === '') expect(input[field.argument] ?? null, `${form.id}.${field.id}`).toBeNull();
        else if (field.id === 'secret') expect(input[field.argument], `${form.id}.${field.id}`).toBe(true);
        else if (field.id !== 'role' && field.id !== 'time') expect(input[field.argument], `${form.id}.${field.id}`).toBe(typed.replace(/"/g, "'"));
      }
    }
  });

  it('puts a value the grammar refuses on its own field, and a refusal code on the field it names', () => {
    const seat = FORMS.find((f) => f.id === 'seat')!;
    const checked = checkForm(seat, 'nl', { committee: 'SBO', person: 'Karin Smit', role: 'koning', from: '2026-12-01' });
    expect(checked).toMatchObject({ ok: false, field: 'role', text: expect.stringMatching(/koning/) });
    expect(checkForm(seat, 'en', { committee: 'SBO', person: 'Karin Smit', role: 'member', from: 'yesterday-ish' })).toMatchObject({ ok: false, field: 'from' });
    expect(checkForm(seat, 'en', { committee: 'SBO', person: 'Karin Smit', role: 'member', from: '2026-12-01' })).toMatchObject({ ok: true });
    expect(fieldOfError(seat, { code: 'UNKNOWN_ORGANISATION' })).toBe('organisation');
    expect(fieldOfError(seat, { code: 'MISSING_ARGUMENT', params: { argument: 'onBehalfOf' } })).toBe('organisation');
  });

  it('stops a field at its text limit, and refuses longer text or a control character on that field', () => {
    const poll = FORMS.find((f) => f.id === 'poll')!;
    expect(slackInputs(poll, 'nl').find((f) => f.id === 'question')?.maxLength).toBe(TEXT_LIMITS.question);
    expect(teamsInputs(FORMS.find((f) => f.id === 'absent')!, 'en').find((f) => f.id === 'reason')?.maxLength).toBe(TEXT_LIMITS.reason);
    const long = checkForm(poll, 'en', { committee: 'SBO', question: 'q'.repeat(TEXT_LIMITS.question + 1), closes: '2026-12-10' });
    expect(long).toMatchObject({ ok: false, field: 'question', text: `The question is 1,001 characters long; at most 1,000 fit. Please shorten the question.` });
    const nul = checkForm(poll, 'nl', { committee: 'S\u0000BO', question: 'Akkoord?', closes: '2026-12-10' });
    expect(nul).toMatchObject({ ok: false, field: 'committee', text: expect.stringMatching(/^De naam van het gremium bevat op positie 2 een onzichtbaar stuurteken \(U\+0000\)/) });
  });
});

describe('cards bring their commands; the adapters pass them through', () => {
  const poll = card({ key: pollCardKey('p1'), refresh: '/gremium peiling p1', title: 'SBO', actions: [{ id: 'b', label: 'voor', command: '/gremium stem p1 voor' }] });

  it('Teams refreshes a keyed card with the command the card carries, and its buttons send theirs', () => {
    const rendered = renderCard(poll, { lang: 'en', refreshUserIds: ['29:a'] }) as unknown as { refresh: { action: { data: { command: string } } } };
    expect(rendered.refresh.action.data.command).toBe('/gremium peiling p1');
    expect(JSON.stringify(rendered)).toContain('"command":"/gremium stem p1 voor"');
    expect(renderCard(card({ title: 'no key' }), { lang: 'nl' })).not.toHaveProperty('refresh');
  });

  it('Slack buttons send the command the card carries', () => {
    expect(JSON.stringify(renderReply(poll).blocks)).toContain('"value":"/gremium stem p1 voor"');
  });

  it('Teams tells a refresh from a click by the invoke, not by reading the command', () => {
    const command = '/gremium peiling p1';
    expect(isRefreshInvoke({ action: { type: 'Action.Execute', verb: 'gremium', data: { command } }, trigger: 'automatic' })).toBe(true);
    expect(isRefreshInvoke({ action: { type: 'Action.Execute', verb: 'gremium', data: { command, refresh: true } }, trigger: 'manual' })).toBe(true);
    expect(isRefreshInvoke({ action: { type: 'Action.Execute', verb: 'gremium', data: { command } }, trigger: 'manual' })).toBe(false);
  });
});

describe('the conversation owns card keys and typed menu commands', () => {
  it('writes a card key as text and reads it back', () => {
    for (const key of [pollCardKey('cmabc123'), decisionListCardKey('c1', '2026-12-10')]) expect(decodeCardKey(encodeCardKey(key))).toEqual(key);
    expect(encodeCardKey(pollCardKey('p1'))).toBe('poll:p1');
    expect(decodeCardKey('duty:d1:remind')).toBeNull();
  });

  it('turns a verb or help word typed without /gremium into a command line, and leaves questions alone', () => {
    expect(asCommandLine('stem p1 voor')).toBe('/gremium stem p1 voor');
    expect(asCommandLine('help')).toBe('/gremium help');
    expect(asCommandLine('zetel beëindigen SBO Jan tot=1-1-2027')).toBe('/gremium zetel beëindigen SBO Jan tot=1-1-2027');
    expect(asCommandLine('/gremium lijst SBO')).toBe('/gremium lijst SBO');
    expect(asCommandLine('wie vertegenwoordigt Combinatie Noord in het SBO?')).toBe('wie vertegenwoordigt Combinatie Noord in het SBO?');
  });
});
