/**
 * The proposal lifecycle's rules (002), pure, each with the article it comes from; every quote stands
 * word for word in docs/sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../../../src/domain/procedures/articles.ts';
import { mayDecide, mayReact, mayVote, mayWorkOut, nextStep, type ProposalFacts } from '../../../src/domain/procedures/proposal-stage.ts';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/sources');
const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
const provisional: ProposalFacts = { kind: 'PROPOSAL', stage: 'PROVISIONAL', reactionsDue: '2026-12-09', poll: null };

describe('the articles', () => {
  it.each(Object.entries(ARTICLES).map(([k, a]) => [k, a.seed, a.text] as const))('%s (%s) stands verbatim in its seed', (_k, seed, text) => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith(`${seed}-`));
    expect(norm(readFileSync(join(SEEDS, file!), 'utf8')).includes(norm(text))).toBe(true);
  });
});

describe('the lifecycle', () => {
  it('002 art. 5.6 "Partijen krijgen twee weken de tijd om op de Voorlopige voorstellen te reageren": reactions until the last day, not after', () => {
    expect(mayReact(provisional, '2026-12-09').ok).toBe(true);
    const late = mayReact(provisional, '2026-12-10');
    expect(late.ok || late.error).toMatchObject({ code: 'REACTIONS_CLOSED', params: { source: '002 art. 5.6' } });
    expect(nextStep(provisional, '2026-12-01')).toMatchObject({ step: 'REACTIONS', due: '2026-12-09' });
    expect(nextStep(provisional, '2026-12-10')).toMatchObject({ step: 'AWAIT_WORKED_OUT', due: null });
  });

  it('002 art. 5.6 "Op basis van deze reacties besluit de Fysieke overlegtafel ...": worked out only after the period', () => {
    const early = mayWorkOut(provisional, '2026-12-09');
    expect(early.ok || early.error).toMatchObject({ code: 'REACTIONS_STILL_OPEN', params: { due: '2026-12-09' } });
    expect(mayWorkOut(provisional, '2026-12-10').ok).toBe(true);
  });

  it('002 art. 9.1 "stemmen voor of tegen een Uitgewerkt voorstel": no vote before, one vote after', () => {
    const during = mayVote(provisional, '2026-12-01');
    expect(during.ok || during.error).toMatchObject({ code: 'PROPOSAL_NOT_WORKED_OUT', params: { source: '002 art. 9.1', due: '2026-12-09', quote: ARTICLES.vote.text } });
    const submitted = mayVote({ ...provisional, stage: 'SUBMITTED', reactionsDue: null }, '2026-12-01');
    expect(submitted.ok || submitted.error).toMatchObject({ code: 'PROPOSAL_NOT_WORKED_OUT', params: { source: '002 art. 5.6' } });
    const workedOut: ProposalFacts = { ...provisional, stage: 'WORKED_OUT' };
    expect(mayVote(workedOut, '2026-12-20').ok).toBe(true);
    const twice = mayVote({ ...workedOut, poll: { open: false, closes: '2026-12-30' } }, '2027-01-02');
    expect(twice.ok || twice.error).toMatchObject({ code: 'PROPOSAL_ALREADY_VOTED' });
  });

  it('002 art. 9.1-9.3: the municipality decides once the vote has ended; a closed proposal is not decided again', () => {
    const workedOut: ProposalFacts = { ...provisional, stage: 'WORKED_OUT' };
    expect(mayDecide(workedOut).ok).toBe(true);
    const voting = mayDecide({ ...workedOut, poll: { open: true, closes: '2026-12-30' } });
    expect(voting.ok || voting.error).toMatchObject({ code: 'NOT_DECIDABLE' });
    expect(nextStep({ ...workedOut, poll: { open: true, closes: '2026-12-30' } }, '2026-12-20')).toMatchObject({ step: 'VOTING', due: '2026-12-30' });
    expect(nextStep({ ...workedOut, poll: { open: false, closes: '2026-12-30' } }, '2027-01-02')).toMatchObject({ step: 'AWAIT_DECISION' });
    const closed = mayDecide({ ...workedOut, stage: 'ADOPTED' });
    expect(closed.ok || closed.error).toMatchObject({ code: 'PROPOSAL_CLOSED' });
  });

  it('002 art. 10.4 "De Gemeente kan besluiten wel of niet in te stemmen met de pilot": a pilot waits for consent', () => {
    const pilot: ProposalFacts = { kind: 'PILOT', stage: 'SUBMITTED', reactionsDue: null, poll: null };
    expect(nextStep(pilot, '2026-12-01')).toMatchObject({ step: 'AWAIT_DECISION', article: ARTICLES.pilotConsent });
    expect(mayDecide(pilot).ok).toBe(true);
  });
});
