import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.ts';

const SEEDS = path.resolve(import.meta.dirname, '../seeds');

const HEADER =
  'Configuration error (fix it in .env or the environment; .env.example documents each variable):\n';

describe('configuration', () => {
  test('defaults: no token (console mode), the project’s seeds/, info logs, JSON', () => {
    const c = parseConfig({});
    expect(c.DISCORD_TOKEN).toBeUndefined();
    expect(c.corpusDir).toBe(SEEDS + path.sep);
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.pretty).toBe(false);
  });

  test('empty values count as unset; NODE_ENV=development means pretty logs', () => {
    const c = parseConfig({ DISCORD_GUILD_ID: '', DISCORD_API_URL: ' ', NODE_ENV: 'development' });
    expect(c.DISCORD_GUILD_ID).toBeUndefined();
    expect(c.DISCORD_API_URL).toBeUndefined();
    expect(c.pretty).toBe(true);
  });

  test('a token needs the application id', () => {
    expect(() => parseConfig({ DISCORD_TOKEN: 'abc.def.ghi' })).toThrow(
      new ConfigError(
        `${HEADER}  - DISCORD_CLIENT_ID is required with DISCORD_TOKEN: copy the Application ID from the developer portal (General Information)`,
      ),
    );
  });

  test('each wrong variable is named with how to fix it', () => {
    expect(() =>
      parseConfig({
        DISCORD_TOKEN: 'Bot abc',
        DISCORD_CLIENT_ID: '123',
        DISCORD_GUILD_ID: 'server',
        DISCORD_API_URL: 'ftp://proxy',
        SHARDS: 'many',
      }),
    ).toThrow(
      new ConfigError(
        HEADER +
          [
            '  - DISCORD_TOKEN has characters a bot token never has: copy it again from the developer portal (Bot → Reset Token), without quotes or spaces',
            '  - DISCORD_CLIENT_ID must be a numeric Discord id (17–20 digits): copy the Application ID from the developer portal (General Information)',
            '  - DISCORD_GUILD_ID must be a numeric Discord id (17–20 digits): right-click your server with Developer Mode on → Copy Server ID, or leave it empty',
            '  - DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api, or be left empty',
            '  - SHARDS must be "auto" or a number of shards such as 2, or be left empty',
          ].join('\n'),
      ),
    );
  });

  test('a corpus folder that does not exist stops start-up', () => {
    expect(() => parseConfig({ CORPUS_DIR: '/nonexistent/articles' })).toThrow(
      new ConfigError(
        `${HEADER}  - CORPUS_DIR: /nonexistent/articles does not exist; create it, or point CORPUS_DIR at your folder of articles`,
      ),
    );
  });

  test('the interactions endpoint: a public key and a port, checked together', () => {
    const key = 'AB'.repeat(32);
    expect(parseConfig({ DISCORD_PUBLIC_KEY: key, INTERACTIONS_PORT: '8787' }).interactions).toEqual({
      publicKey: key.toLowerCase(),
      port: 8787,
      host: undefined,
    });
    expect(parseConfig({}).interactions).toBeNull();
    expect(() => parseConfig({ DISCORD_PUBLIC_KEY: 'not-a-key', INTERACTIONS_PORT: '99999' })).toThrow(
      new ConfigError(
        HEADER +
          [
            "  - DISCORD_PUBLIC_KEY must be your application's Public Key, 64 hexadecimal characters: copy it from the developer portal (General Information → Public Key)",
            '  - INTERACTIONS_PORT must be a TCP port number (at most 65535)',
          ].join('\n'),
      ),
    );
    expect(() => parseConfig({ DISCORD_PUBLIC_KEY: key })).toThrow(
      new ConfigError(
        `${HEADER}  - INTERACTIONS_PORT is required with DISCORD_PUBLIC_KEY: the port the interactions endpoint listens on (e.g. 8787), or unset DISCORD_PUBLIC_KEY to use the gateway`,
      ),
    );
    expect(() => parseConfig({ INTERACTIONS_PORT: '8787', SHARDS: '2' })).toThrow(
      new ConfigError(
        HEADER +
          [
            "  - DISCORD_PUBLIC_KEY is required with INTERACTIONS_PORT: copy your application's Public Key from the developer portal (General Information → Public Key)",
            '  - SHARDS is for the gateway; the interactions endpoint (INTERACTIONS_PORT) scales by running more replicas instead: unset one of them',
          ].join('\n'),
      ),
    );
  });

  test('inside a shard, SHARDS is the shard id discord.js set, not the setting', () => {
    expect(parseConfig({ SHARDING_MANAGER: 'true', SHARDS: '0' }).SHARDS).toBeUndefined();
  });
});
