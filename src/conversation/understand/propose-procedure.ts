/**
 * The procedures' writes in a sentence (issue 16: submit, react, worked out, decide, pilot, impasse,
 * escalation, accession) answered like every other write from free text (confirm.ts, issue 15): what
 * was understood and the exact command as a button; only the command writes. A proposal or impasse
 * named without its committee is looked up to write the command with it.
 */
import type { TurnContext } from '../context.ts';
import { errorReply } from '../context.ts';
import type { Reply } from '../reply.ts';
import { resolveCommittee } from '../resolve.ts';
import { eventWord } from '../procedures/impasse-actions.ts';
import { confirmVerb } from './confirm.ts';
import { committeeText, organisationText } from './slot-text.ts';
import type { Intent } from './understand.ts';

type ProcedureWrite = Extract<Intent, { kind: 'proposal-submit' | 'proposal-react' | 'proposal-work-out' | 'proposal-decide' | 'pilot-request' | 'impasse-start' | 'impasse-deliver' | 'impasse-step' | 'escalate' | 'accession' }>;

/** The committee code for the command: as named, else the committee of the proposal or impasse named. */
async function codeOf(ctx: TurnContext, named: Parameters<typeof committeeText>[0] | null, find: () => Promise<string | null>): Promise<string | Reply[]> {
  if (named) {
    const c = resolveCommittee(ctx.catalog, committeeText(named), ctx.lang);
    return c.ok ? c.value.code : [errorReply(ctx.lang, c.error)];
  }
  return (await find()) ?? [errorReply(ctx.lang, { code: 'COMMITTEE_NEEDED' })];
}

const viewer = (ctx: TurnContext) => ({ personId: ctx.asker.personId, publicView: false });

/** The confirmation of one procedure step written as a sentence. */
export async function proposeProcedure(ctx: TurnContext, intent: ProcedureWrite): Promise<Reply[]> {
  const yes = (adopted: boolean) => (ctx.lang === 'nl' ? (adopted ? 'aangenomen' : 'niet-aangenomen') : adopted ? 'adopted' : 'not-adopted');
  const proposalCode = (title: string) => async () => {
    const r = await ctx.services.proposalStatus({ committeeId: null, proposal: title, viewer: viewer(ctx) });
    return r.ok ? r.value.code : null;
  };
  const impasseCode = (subject: string) => async () => {
    const r = await ctx.services.impasseStatus({ committeeId: null, subject });
    return r.ok ? r.value.code : null;
  };
  switch (intent.kind) {
    case 'proposal-submit':
    case 'pilot-request':
    case 'impasse-start':
    case 'escalate':
    case 'accession': {
      const code = await codeOf(ctx, intent.committee, async () => null);
      if (typeof code !== 'string') return code;
      if (intent.kind === 'proposal-submit') return confirmVerb(ctx, intent.signal ? 'signal.submit' : 'proposal.submit', { committee: code, title: intent.title });
      if (intent.kind === 'pilot-request') {
        return confirmVerb(ctx, 'pilot.request', { committee: code, title: intent.title, from: intent.from ?? undefined, until: intent.until ?? undefined, providers: intent.providers.map(organisationText).join(';') });
      }
      if (intent.kind === 'impasse-start') return confirmVerb(ctx, 'impasse.start', { committee: code, subject: intent.subject, parties: intent.parties.map(organisationText).join(';') });
      if (intent.kind === 'escalate') return confirmVerb(ctx, 'escalation.raise', { committee: code, subject: intent.subject ?? undefined });
      return confirmVerb(ctx, 'agenda.accession', { committee: code, organisation: intent.organisation });
    }
    case 'proposal-react': {
      const code = await codeOf(ctx, intent.committee, proposalCode(intent.title));
      return typeof code === 'string' ? confirmVerb(ctx, 'proposal.react', { committee: code, proposal: intent.title, text: intent.text ?? undefined }) : code;
    }
    case 'proposal-work-out': {
      const code = await codeOf(ctx, intent.committee, proposalCode(intent.title));
      return typeof code === 'string' ? confirmVerb(ctx, 'proposal.work-out', { committee: code, proposal: intent.title }) : code;
    }
    case 'proposal-decide': {
      const code = await codeOf(ctx, intent.committee, proposalCode(intent.title));
      return typeof code === 'string' ? confirmVerb(ctx, 'proposal.decide', { committee: code, adopted: yes(intent.adopted), proposal: intent.title }) : code;
    }
    case 'impasse-step': {
      // 004 appendix 2 steps 2-5: the secretary's `/gremium impasse stap`, with the case's committee when none is named.
      let code: string;
      if (intent.committee) {
        const named = await codeOf(ctx, intent.committee, async () => null);
        if (typeof named !== 'string') return named;
        code = named;
      } else {
        const found = await ctx.services.impasseStatus({ committeeId: null, subject: intent.subject });
        if (!found.ok) return [errorReply(ctx.lang, found.error)];
        code = found.value.code;
      }
      // A talk held on no named day was held today; a planned talk needs its day.
      const day = intent.day ?? (intent.event === 'TALK_HELD' ? ctx.today : null);
      if (intent.event === 'PLANNED' && day === null) return [errorReply(ctx.lang, { code: 'MISSING_DAY', params: { event: intent.event } })];
      return confirmVerb(ctx, 'impasse.step', { committee: code, event: eventWord(ctx.lang, intent.event), subject: intent.subject, date: day ?? undefined, mediator: intent.mediator ?? undefined });
    }
    case 'impasse-deliver': {
      const code = await codeOf(ctx, intent.committee, impasseCode(intent.subject));
      return typeof code === 'string' ? confirmVerb(ctx, 'impasse.deliver', { committee: code, subject: intent.subject }) : code;
    }
  }
}
