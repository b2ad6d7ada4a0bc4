import { existsSync } from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { DEFAULT_CORPUS, PROJECT_ROOT } from './paths.ts';

/**
 * Every environment variable the program reads, validated once at start-up. A wrong value stops the
 * program with a message naming the variable and how to fix it; nothing else reads `process.env`.
 */

const snowflake = (name: string, where: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{17,20}$/, `${name} must be a numeric Discord id (17–20 digits): ${where}`);

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z
  .object({
    DISCORD_TOKEN: optional(
      z
        .string()
        .trim()
        .regex(
          /^[\w.-]+$/,
          'DISCORD_TOKEN has characters a bot token never has: copy it again from the developer portal (Bot → Reset Token), without quotes or spaces',
        ),
    ),
    DISCORD_CLIENT_ID: optional(
      snowflake(
        'DISCORD_CLIENT_ID',
        'copy the Application ID from the developer portal (General Information)',
      ),
    ),
    DISCORD_GUILD_ID: optional(
      snowflake(
        'DISCORD_GUILD_ID',
        'right-click your server with Developer Mode on → Copy Server ID, or leave it empty',
      ),
    ),
    DISCORD_API_URL: optional(
      z
        .url({
          protocol: /^https?$/,
          error: 'DISCORD_API_URL must be an http(s) URL such as http://127.0.0.1:8080/api, or be left empty',
        })
        .transform((u) => u.replace(/\/+$/, '')),
    ),
    CORPUS_DIR: optional(z.string().trim()),
    CACHE_DIR: optional(z.string().trim()),
    LOG_LEVEL: optional(
      z.enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(', ')}` }),
    ).transform((v) => v ?? 'info'),
    NODE_ENV: optional(z.string().trim()),
    SHARDS: optional(
      z
        .string()
        .trim()
        .regex(
          /^(auto|[1-9]\d*)$/,
          'SHARDS must be "auto" or a number of shards such as 2, or be left empty',
        ),
    ),
    DISCORD_PUBLIC_KEY: optional(
      z
        .string()
        .trim()
        .regex(
          /^[0-9a-fA-F]{64}$/,
          "DISCORD_PUBLIC_KEY must be your application's Public Key, 64 hexadecimal characters: copy it from the developer portal (General Information → Public Key)",
        )
        .transform((k) => k.toLowerCase()),
    ),
    INTERACTIONS_PORT: optional(
      z
        .string()
        .trim()
        .regex(/^\d{1,5}$/, 'INTERACTIONS_PORT must be a TCP port number such as 8787, or be left empty')
        .transform(Number)
        .refine((n) => n <= 65535, 'INTERACTIONS_PORT must be a TCP port number (at most 65535)'),
    ),
    INTERACTIONS_HOST: optional(z.string().trim()),
    LOG_FILE: optional(z.string().trim()),
    HEALTH_PORT: optional(
      z
        .string()
        .trim()
        .regex(/^\d{1,5}$/, 'HEALTH_PORT must be a TCP port number such as 8788, or be left empty')
        .transform(Number)
        .refine((n) => n > 0 && n <= 65535, 'HEALTH_PORT must be a TCP port number (1 to 65535)'),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_TOKEN && !env.DISCORD_CLIENT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_CLIENT_ID'],
        message:
          'DISCORD_CLIENT_ID is required with DISCORD_TOKEN: copy the Application ID from the developer portal (General Information)',
      });
    }
    // The HTTP interactions endpoint needs both: the key to check Discord's signature, the port to listen on.
    if (env.DISCORD_PUBLIC_KEY && env.INTERACTIONS_PORT === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['INTERACTIONS_PORT'],
        message:
          'INTERACTIONS_PORT is required with DISCORD_PUBLIC_KEY: the port the interactions endpoint listens on (e.g. 8787), or unset DISCORD_PUBLIC_KEY to use the gateway',
      });
    }
    if (env.INTERACTIONS_PORT !== undefined && !env.DISCORD_PUBLIC_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_PUBLIC_KEY'],
        message:
          "DISCORD_PUBLIC_KEY is required with INTERACTIONS_PORT: copy your application's Public Key from the developer portal (General Information → Public Key)",
      });
    }
    if (env.INTERACTIONS_PORT !== undefined && env.SHARDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['SHARDS'],
        message:
          'SHARDS is for the gateway; the interactions endpoint (INTERACTIONS_PORT) scales by running more replicas instead: unset one of them',
      });
    }
  });

export type Config = z.output<typeof envSchema> & {
  /** CORPUS_DIR and CACHE_DIR resolved against the working directory; by default the project's seeds/ and .cache/. */
  corpusDir: string;
  cacheDir: string;
  pretty: boolean;
  /** Set when DISCORD_PUBLIC_KEY and INTERACTIONS_PORT are: serve Discord's interactions over HTTP. */
  interactions: { publicKey: string; port: number; host: string | undefined } | null;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates an environment (by default: `.env` loaded over nothing, then `process.env`). */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // In a shard spawned by ShardingManager, SHARDS holds that shard's id (discord.js reads it itself).
  const own = env.SHARDING_MANAGER === 'true' ? { ...env, SHARDS: undefined } : env;
  const parsed = envSchema.safeParse(own);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new ConfigError(
      `Configuration error (fix it in .env or the environment; .env.example documents each variable):\n${lines.join('\n')}`,
    );
  }
  const c = parsed.data;
  const corpusDir = c.CORPUS_DIR ? path.resolve(c.CORPUS_DIR) : DEFAULT_CORPUS;
  if (!existsSync(corpusDir)) {
    throw new ConfigError(
      `Configuration error (fix it in .env or the environment; .env.example documents each variable):\n` +
        `  - CORPUS_DIR: ${corpusDir} does not exist; create it, or point CORPUS_DIR at your folder of articles`,
    );
  }
  return {
    ...c,
    corpusDir,
    cacheDir: c.CACHE_DIR ? path.resolve(c.CACHE_DIR) : path.join(PROJECT_ROOT, '.cache'),
    pretty: c.NODE_ENV === 'development',
    interactions:
      c.DISCORD_PUBLIC_KEY && c.INTERACTIONS_PORT !== undefined
        ? { publicKey: c.DISCORD_PUBLIC_KEY, port: c.INTERACTIONS_PORT, host: c.INTERACTIONS_HOST }
        : null,
  };
}

/** Loads `.env` (variables already in the environment win) and validates. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  return parseConfig(process.env);
}
