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

/** A running Teams bot. */
export interface TeamsBot {
  readonly adapter: CloudAdapter;
  readonly server: TeamsServer;
  readonly appId: string;
  close(): Promise<void>;
}

/** Options of {@link startTeamsBot}. */
export interface TeamsBotOptions {
  readonly deps: HandleDeps;
  readonly auth: TeamsAuth;
  readonly port: number;
  readonly host: string;
  readonly logError?: (message: string, error: unknown) => void;
}

/** Starts the bot's endpoint POST /api/messages. */
export async function startTeamsBot(options: TeamsBotOptions): Promise<TeamsBot> {
  const adapter = createAdapter(options.auth);
  const logError = options.logError ?? (() => undefined);
  adapter.onTurnError = async (_context, error) => logError('teams turn failed', error);
  const logic = createTeamsLogic({ adapter, appId: options.auth.appId, tenantId: options.auth.tenantId, deps: options.deps, logError });
  const server = await startTeamsServer({ adapter, logic, port: options.port, host: options.host, answerEarly: true, onError: (e) => logError('teams request failed', e) });
  return { adapter, server, appId: options.auth.appId, close: () => server.close() };
}

export { assertTeamsCanStart, authenticationIsOff, TeamsStartRefused, type TeamsAuth, type TeamsEndpoints } from './verify.ts';
