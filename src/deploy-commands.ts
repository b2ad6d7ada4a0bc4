import { REST } from 'discord.js';
import { commands } from '../commands/index.ts';
import { ConfigError, loadConfig } from './config.ts';
import { registerCommands } from './discord/registration.ts';
import { createLogger } from './log.ts';

/** `npm run deploy-commands`: registers the commands now, whether or not they changed. */
try {
  const config = loadConfig();
  const log = createLogger({ level: config.LOG_LEVEL, pretty: config.pretty });
  if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
    process.stderr.write(
      'Set DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example) to register commands.\n',
    );
    process.exit(1);
  }
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
    config.DISCORD_TOKEN,
  );
  await registerCommands({
    rest,
    commands,
    target: { applicationId: config.DISCORD_CLIENT_ID, guildId: config.DISCORD_GUILD_ID },
    cacheDir: config.cacheDir,
    log,
    force: true,
  });
} catch (err) {
  process.stderr.write(
    `${err instanceof ConfigError ? err.message : `Registration failed: ${(err as Error).message}`}\n`,
  );
  process.exit(1);
}
