/**
 * Answers at a request's response_url (a command's or a button's): one JSON POST on a kept-alive
 * connection. Bolt's own respond() goes through axios, whose per-call work cost a Slack answer about
 * as much CPU as composing it (bench/slack.ts, issue 12): the answer is what a member waits for.
 */
import http from 'node:http';
import https from 'node:https';

/** Posts one message to the response_url it was made for. */
export type Respond = (message: Record<string, unknown>) => Promise<void>;

/** Thrown when the response_url refused the answer (Slack: expired after 30 minutes, used five times). */
export class RespondError extends Error {
  /** SLACK_RESPOND_FAILED: the response_url answered with an error status. */
  readonly code = 'SLACK_RESPOND_FAILED';
}

/** Makes responders for response_urls; one per app (it holds the kept-alive connections). */
export function createResponder(options: { timeoutMs?: number } = {}): (responseUrl: string) => Respond {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }), 'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }) };
  return (responseUrl) => async (message) => {
    const url = new URL(responseUrl);
    const transport = url.protocol === 'http:' ? http : https;
    const agent = url.protocol === 'http:' ? agents['http:'] : agents['https:'];
    const body = JSON.stringify(message);
    const send = () => new Promise<number>((resolve, reject) => {
      let answered = false;
      const req = transport.request(url, {
        method: 'POST', agent, timeout: timeoutMs,
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
      }, (res) => {
        answered = true;
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error(`response_url: no answer within ${timeoutMs} ms`)));
      req.on('error', (error: NodeJS.ErrnoException) => reject(Object.assign(error, { reusedSocket: req.reusedSocket && !answered })));
      req.end(body);
    });
    // A kept-alive connection closed by the other end just as it was reused fails before any answer:
    // the answer did not arrive, so it is sent once more on a new connection.
    const status = await send().catch((error: NodeJS.ErrnoException & { reusedSocket?: boolean }) => {
      if (error.reusedSocket && error.code === 'ECONNRESET') return send();
      throw error;
    });
    if (status < 200 || status >= 300) throw new RespondError(`response_url answered HTTP ${status}`);
  };
}
