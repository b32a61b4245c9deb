import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/conversation/commands.ts';

describe('command grammar', () => {
  it('reads a Dutch seat command with quoted names and key=value options', () => {
    const c = parseCommand('/gremium zetel toevoegen SBO Piet Jansen rol=lid namens="Combinatie Noord" van=1-1-2027 tot=2027-12-31');
    expect(c.ok && c.value.kind === 'run' && { id: c.value.verb.id, lang: c.value.lang, input: c.value.input }).toEqual({
      id: 'seat.add',
      lang: 'nl',
      input: { committee: 'SBO', person: 'Piet Jansen', role: 'MEMBER', onBehalfOf: 'Combinatie Noord', from: '1-1-2027', until: '2027-12-31', substitute: null },
    });
  });

  it('reads the English form with curly quotes as Slack sends them', () => {
    const c = parseCommand('/gremium seat add ORO “Karin Smit” role=adviser for=“Combinatie Noord” from=2027-01-01');
    expect(c.ok && c.value.kind === 'run' && c.value.verb.id).toBe('seat.add');
    expect(c.ok && c.value.kind === 'run' && c.value.input).toMatchObject({ person: 'Karin Smit', role: 'ADVISER', onBehalfOf: 'Combinatie Noord' });
  });

  it('names what is missing or wrong, with the usage', () => {
    expect(parseCommand('/gremium zetel toevoegen SBO Piet Jansen namens=X van=1-1-2027')).toMatchObject({ ok: false, error: { code: 'MISSING_ARGUMENT', params: { argument: 'role' } } });
    expect(parseCommand('/gremium seat add SBO Piet role=boss from=2027-01-01')).toMatchObject({ ok: false, error: { code: 'INVALID_ROLE', params: { value: 'boss' } } });
    expect(parseCommand('/gremium seat add SBO Piet role=member from=31-02-2027')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', params: { option: 'from' } } });
    expect(parseCommand('/gremium seat add SBO Piet role=member from=2027-01-01 colour=red')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPTION', params: { option: 'colour' } } });
    expect(parseCommand('/gremium zetl toevoegen')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND', params: { suggestion: 'zetel' } } });
    expect(parseCommand('/gremium seat add SBO "Piet')).toMatchObject({ ok: false, error: { code: 'UNTERMINATED_QUOTE' } });
  });

  it('passes questions typed after /gremium on as questions', () => {
    expect(parseCommand('/gremium wie zitten er in het ORO?')).toEqual({ ok: true, value: { kind: 'ask', text: 'wie zitten er in het ORO?' } });
  });

  it('never throws on 10,000 random command lines and always yields a command or a coded error', () => {
    const words = fc.constantFrom('zetel', 'seat', 'add', 'toevoegen', 'end', 'mandaat', 'intrekken', 'rol=lid', 'van=1-1-2025', 'tot=x', 'namens="A B"', '"', '“', 'SBO', 'help', 'lijst', 'taal', 'en', '=');
    const line = fc.oneof(fc.string({ maxLength: 200 }), fc.array(words, { maxLength: 10 }).map((w) => `/gremium ${w.join(' ')}`));
    fc.assert(
      fc.property(line, (text) => {
        const c = parseCommand(text);
        if (c.ok) expect(['run', 'help', 'ask']).toContain(c.value.kind);
        else expect(c.error.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 10_000 },
    );
  });
});
