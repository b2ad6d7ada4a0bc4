import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { healthUrl, probeHealth, startHealthServer } from '../src/health.ts';

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

describe('the health endpoint a supervisor calls', () => {
  it('answers 200 with the report while healthy, 503 while not, and --health says which', async () => {
    let connected = true;
    server = await startHealthServer(0, () => ({
      ok: connected,
      discord: connected ? 'ready' : 'reconnecting',
    }));
    const url = healthUrl(server);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/health$/);
    expect(await probeHealth(url)).toEqual({ ok: true, text: '{"ok":true,"discord":"ready"}' });
    connected = false;
    expect(await probeHealth(url)).toEqual({ ok: false, text: '{"ok":false,"discord":"reconnecting"}' });
    expect(await probeHealth(url.replace('/health', '/other'))).toEqual({ ok: false, text: 'not found' });
  });

  it('reports "not healthy" with the reason when nothing listens', async () => {
    server = await startHealthServer(0, () => ({ ok: true }));
    const url = healthUrl(server);
    await new Promise<void>((done) => server?.close(() => done()));
    server = null;
    const probe = await probeHealth(url);
    expect(probe.ok).toBe(false);
    expect(probe.text).toMatch(/ECONNREFUSED/);
  });
});
