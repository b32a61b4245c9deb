/**
 * Microsoft on loopback: the OpenID metadata and signing keys botbuilder validates inbound tokens
 * against, a token signer with test RSA keys, and a fake Bot Connector (the activities' serviceUrl)
 * that records everything the bot sends and answers roster lookups.
 * Each instance serves its metadata under a fresh path: botbuilder caches keys per metadata URL.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer Microsoft's channel tokens carry. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

/** One call the bot made to the connector. */
export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  readonly conversationId: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown>;
  /** When the call arrived (Date.now()). */
  readonly at: number;
}

/** A Teams roster entry the connector returns for TeamsInfo.getMember. */
export interface RosterMember {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly email: string;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** Signs an RS256 JWT with the key and kid given. */
export function signJwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const body = b64url(JSON.stringify(claims));
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key);
  return `${head}.${body}.${b64url(signature)}`;
}

/** The loopback Microsoft. */
export class FakeMicrosoft {
  readonly calls: ConnectorCall[] = [];
  readonly roster = new Map<string, RosterMember>();
  /** The user ids TeamsInfo.getMember asked the roster for, oldest first. */
  readonly memberLookups: string[] = [];
  /** Status codes to answer the next activity POSTs with (then 200 again), with an optional Retry-After. */
  readonly failNext: { status: number; retryAfter?: string }[] = [];
  /** While set, the connector takes activity POSTs in only once this promise resolves (a slow Microsoft). */
  holdPosts: Promise<void> | null = null;
  /** Called with each call the connector accepted, as it arrives (the benchmark times replies). */
  onCall: ((call: ConnectorCall) => void) | null = null;
  readonly kid = `test-key-${randomBytes(4).toString('hex')}`;
  readonly privateKey: KeyObject;
  /** A second key the metadata does not list (a forged token). */
  readonly strangerKey: KeyObject;
  private readonly jwk: { n: string; e: string };
  private readonly prefix = `/${randomBytes(6).toString('hex')}`;
  private server: http.Server | null = null;
  private messageSeq = 0;
  base = '';

  constructor() {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    const jwk = pair.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
    this.jwk = { n: jwk.n, e: jwk.e };
    this.strangerKey = createPrivateKey(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }));
  }

  /** The serviceUrl activities carry: where the bot sends its replies. */
  get serviceUrl(): string {
    return `${this.base}/`;
  }

  /** botbuilder's endpoint settings pointing here. */
  get endpoints() {
    return {
      openIdMetadataUrl: `${this.base}${this.prefix}/openid`,
      emulatorOpenIdMetadataUrl: `${this.base}${this.prefix}/emulator-openid`,
      tokenIssuer: CHANNEL_ISSUER,
      loginUrl: `${this.base}${this.prefix}/login`,
      oauthScope: 'https://api.botframework.com',
      oauthUrl: `${this.base}${this.prefix}/oauth`,
    };
  }

  /** A channel token for `appId`, valid now; `overrides` change claims for refusal tests. */
  token(appId: string, overrides: Record<string, unknown> = {}, key: KeyObject = this.privateKey): string {
    const now = Math.floor(Date.now() / 1000);
    return signJwt(key, this.kid, { iss: CHANNEL_ISSUER, aud: appId, serviceurl: this.serviceUrl, nbf: now - 10, iat: now - 10, exp: now + 3600, ...overrides });
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The activities the bot posted (sends and replies) into a conversation, oldest first. */
  sent(conversationId?: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST' && c.path.includes('/activities') && (!conversationId || c.conversationId === conversationId));
  }

  /** The activities the bot updated in place (PUT). */
  updated(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT');
  }

  private json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.base);
    const path = url.pathname;
    if (path === `${this.prefix}/openid`) {
      return this.json(res, 200, { issuer: CHANNEL_ISSUER, jwks_uri: `${this.base}${this.prefix}/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (path === `${this.prefix}/keys`) {
      return this.json(res, 200, { keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, n: this.jwk.n, e: this.jwk.e, endorsements: ['msteams'] }] });
    }
    if (path === `${this.prefix}/emulator-openid`) return this.json(res, 200, { issuer: 'none', jwks_uri: `${this.base}${this.prefix}/no-keys` });
    if (path === `${this.prefix}/no-keys`) return this.json(res, 200, { keys: [] });
    const conv = /^\/v3\/conversations\/([^/]+)(\/.*)?$/.exec(path);
    if (!conv) return this.json(res, 404, { error: 'unknown path' });
    const conversationId = decodeURIComponent(conv[1]!);
    const member = /^\/members\/([^/]+)$/.exec(conv[2] ?? '');
    if (member && req.method === 'GET') {
      this.memberLookups.push(decodeURIComponent(member[1]!));
      const found = this.roster.get(decodeURIComponent(member[1]!));
      return found ? this.json(res, 200, { ...found, userPrincipalName: found.email }) : this.json(res, 404, { error: { code: 'MemberNotFoundInConversation' } });
    }
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (req.method === 'POST' && this.holdPosts) await this.holdPosts;
    const call = { method: req.method ?? 'GET', path, conversationId, authorization: req.headers.authorization, body, at: Date.now() };
    if (req.method === 'POST' && this.failNext.length > 0) {
      const failure = this.failNext.shift()!;
      this.calls.push({ ...call, method: `FAILED ${failure.status}` });
      return this.json(res, failure.status, { error: { code: 'Throttled' } }, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
    }
    this.calls.push(call);
    this.onCall?.(call);
    this.messageSeq += 1;
    return this.json(res, req.method === 'POST' ? 201 : 200, { id: `msg-${this.messageSeq}` });
  }
}
