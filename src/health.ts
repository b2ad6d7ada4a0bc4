import { once } from 'node:events';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What /health says: `ok` decides the status (200 or 503); the rest is for the person reading it. */
export interface HealthReport {
  ok: boolean;
  [detail: string]: unknown;
}

/**
 * HEALTH_PORT: a loopback HTTP endpoint a supervisor (Docker's HEALTHCHECK, a monitoring agent)
 * calls: GET /health answers 200 with the report while the bot is connected and answering, 503
 * otherwise. Only loopback by default: it is for the machine's own supervisor, not the internet.
 */
export async function startHealthServer(
  port: number,
  report: () => HealthReport,
  host = '127.0.0.1',
): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/health') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    let body: HealthReport;
    try {
      body = report();
    } catch (error) {
      body = { ok: false, error: (error as Error).message };
    }
    res
      .writeHead(body.ok ? 200 : 503, { 'content-type': 'application/json' })
      .end(`${JSON.stringify(body)}\n`);
  });
  server.listen(port, host);
  await once(server, 'listening');
  return server;
}

export function healthUrl(server: Server): string {
  const { address, port } = server.address() as AddressInfo;
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}/health`;
}

/**
 * `npm start -- --health` (or `node dist/src/main.js --health`): asks the running bot's /health and
 * says whether it is healthy, for a supervisor that runs a command rather than an HTTP check.
 */
export function probeHealth(url: string, timeoutMs = 5_000): Promise<{ ok: boolean; text: string }> {
  return new Promise((resolve) => {
    const req = get(url, { timeout: timeoutMs }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ ok: res.statusCode === 200, text: text.trim() }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => resolve({ ok: false, text: `${url}: ${error.message}` }));
  });
}
