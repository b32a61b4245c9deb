/**
 * The Teams adapter (STYLE.md: verify, parse, dispatch, render): the CloudAdapter with its
 * authentication (verify.ts), the turn routes (bot.ts) and the HTTP endpoint (server.ts).
 * Every botbuilder import stays in this folder, so moving to @microsoft/agents-hosting (Microsoft
 * ended support for the Bot Framework SDK at the end of 2025) touches nothing else.
 */
import type { CloudAdapter } from 'botbuilder';
import type { HandleDeps } from '../../conversation/handle.ts';
import { createTeamsLogic } from './bot.ts';
import { startTeamsServer, type TeamsServer } from './server.ts';
import { createAdapter, type TeamsAuth } from './verify.ts';
import { createCardUpdates } from '../card-updates.ts';

/** A running Teams bot. */
export interface TeamsBot {
  readonly adapter: CloudAdapter;
  readonly server: TeamsServer;
  readonly appId: string;
  /** Resolves when every request has finished its turn and no card edit is waiting (tests, benchmarks). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** Options of {@link startTeamsBot}. */
export interface TeamsBotOptions {
  readonly deps: HandleDeps;
  readonly auth: TeamsAuth;
  readonly port: number;
  readonly host: string;
  readonly logError?: (message: string, error: unknown) => void;
  /** The least time between two edits of one posted card, ms (default 1,000). */
  readonly cardEditIntervalMs?: number;
}

/** Starts the bot's endpoint POST /api/messages. */
export async function startTeamsBot(options: TeamsBotOptions): Promise<TeamsBot> {
  const adapter = createAdapter(options.auth);
  const logError = options.logError ?? (() => undefined);
  adapter.onTurnError = async (_context, error) => logError('teams turn failed', error);
  const cards = createCardUpdates({
    ...(options.cardEditIntervalMs !== undefined ? { intervalMs: options.cardEditIntervalMs } : {}),
    onError: (e) => logError('teams card update failed', e),
  });
  const logic = createTeamsLogic({ adapter, appId: options.auth.appId, tenantId: options.auth.tenantId, deps: options.deps, logError, cards });
  const server = await startTeamsServer({ adapter, logic, port: options.port, host: options.host, answerEarly: true, onError: (e) => logError('teams request failed', e) });
  const idle = async () => {
    await server.idle();
    await cards.idle();
  };
  return {
    adapter, server, appId: options.auth.appId, idle,
    close: async () => {
      await server.close();
      // The last edit of a card still waiting for its second is made before the bot stops.
      await cards.idle();
    },
  };
}

export { assertTeamsCanStart, authenticationIsOff, TeamsStartRefused, type TeamsAuth, type TeamsEndpoints } from './verify.ts';
