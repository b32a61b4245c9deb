/**
 * A minimal WebSocket server (RFC 6455: handshake, text frames, ping/pong, close) on loopback, enough
 * to play Slack's Socket Mode endpoint: it greets with `hello`, sends envelopes, records what the app
 * sends back (acks with envelope_id). No package needed.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126 && len < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else if (len >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, payload]);
}

/** Starts the server; `url` is what apps.connections.open should return. */
export async function startSocketModeFake() {
  const received: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let socket: Duplex | null = null;
  let connected: () => void = () => undefined;
  const connection = new Promise<void>((resolve) => (connected = resolve));
  const server = http.createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, sock: Duplex) => {
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    socket = sock;
    let buffer = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (buffer.length < 2) return;
        const opcode = buffer[0]! & 0x0f;
        let len = buffer[1]! & 0x7f;
        let offset = 2;
        if (len === 126) {
          if (buffer.length < 4) return;
          len = buffer.readUInt16BE(2);
          offset = 4;
        } else if (len === 127) {
          if (buffer.length < 10) return;
          len = Number(buffer.readBigUInt64BE(2));
          offset = 10;
        }
        const masked = (buffer[1]! & 0x80) !== 0;
        const total = offset + (masked ? 4 : 0) + len;
        if (buffer.length < total) return;
        const mask = masked ? buffer.subarray(offset, offset + 4) : null;
        const payload = Buffer.from(buffer.subarray(total - len, total));
        if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
        buffer = buffer.subarray(total);
        if (opcode === 0x1) {
          received.push(JSON.parse(payload.toString('utf8')) as Record<string, unknown>);
          waiters.splice(0).forEach((w) => w());
        } else if (opcode === 0x9) sock.write(frame(0xa, payload));
        else if (opcode === 0x8) {
          sock.end(frame(0x8, payload));
          socket = null;
        }
      }
    });
    sock.on('error', () => undefined);
    sock.write(frame(0x1, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A123456' } }))));
    connected();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/link/?ticket=test`,
    connection,
    received,
    /** Sends one envelope to the app. */
    send: (envelope: Record<string, unknown>) => socket?.write(frame(0x1, Buffer.from(JSON.stringify(envelope)))),
    /** Resolves once the app has sent something matching `test`. */
    waitFor: async (test: (m: Record<string, unknown>) => boolean, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (!received.some(test)) {
        if (Date.now() > deadline) throw new Error('socket: nothing arrived in time');
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received.find(test)!;
    },
    close: () => new Promise<void>((resolve) => {
      socket?.destroy();
      server.close(() => resolve());
    }),
  };
}
