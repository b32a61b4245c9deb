/**
 * The benchmark's floor: a bare botbuilder bot with the same adapter, authentication and HTTP
 * endpoint as Gremium's, which only answers "ok" (and a one-line card to invokes). Lives here so
 * that every botbuilder import stays in src/platforms/teams.
 */
import { ActivityTypes } from 'botbuilder';
import { startTeamsServer, type TeamsServer } from './server.ts';
import { createAdapter, type TeamsAuth } from './verify.ts';

/** Starts the bare bot on `port` (0: any free one) of 127.0.0.1. */
export async function startBareTeamsBot(auth: TeamsAuth, port = 0): Promise<TeamsServer> {
  const adapter = createAdapter(auth);
  return startTeamsServer({
    adapter,
    host: '127.0.0.1',
    port,
    logic: async (context) => {
      if (context.activity.type === ActivityTypes.Invoke) {
        const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok' }] };
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } } });
      } else if (context.activity.type === ActivityTypes.Message) {
        await context.sendActivity('ok');
      }
    },
  });
}
