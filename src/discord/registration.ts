import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type REST, type RESTPutAPIApplicationCommandsJSONBody, Routes } from 'discord.js';
import type { Logger } from '../log.ts';
import type { Command } from './command.ts';

interface RegistrationTarget {
  applicationId: string;
  /** Registers in one server (instant, for development) instead of globally. */
  guildId?: string | undefined;
}

function commandDefinitions(commands: readonly Command[]): RESTPutAPIApplicationCommandsJSONBody {
  return commands.map((c) => c.data);
}

/** Identifies what was registered where; a change in any definition changes it. */
function definitionsHash(commands: readonly Command[], target: RegistrationTarget): string {
  return createHash('sha256')
    .update(JSON.stringify({ target, definitions: commandDefinitions(commands) }))
    .digest('hex');
}

const hashFile = (cacheDir: string, target: RegistrationTarget) =>
  path.join(cacheDir, `commands-${target.applicationId}-${target.guildId ?? 'global'}.sha256`);

export interface RegisterOptions {
  rest: REST;
  commands: readonly Command[];
  target: RegistrationTarget;
  cacheDir: string;
  log: Logger;
  /** Register even when the definitions have not changed since the last registration. */
  force?: boolean;
}

/** Registers the commands with one PUT, unless this exact set was already registered there. */
export async function registerCommands(opts: RegisterOptions): Promise<'registered' | 'unchanged'> {
  const { rest, commands, target, cacheDir, log } = opts;
  const hash = definitionsHash(commands, target);
  const file = hashFile(cacheDir, target);
  const previous = await readFile(file, 'utf8').then(
    (s) => s.trim(),
    () => null,
  );
  const scope = target.guildId ? { guildId: target.guildId } : { scope: 'global' };
  if (!opts.force && previous === hash) {
    log.info({ ...scope, commands: commands.length }, 'commands unchanged since the last registration');
    return 'unchanged';
  }
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  await rest.put(route, { body: commandDefinitions(commands) });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${file}.tmp`, `${hash}\n`);
  await rename(`${file}.tmp`, file);
  log.info(
    { ...scope, commands: commands.map((c) => c.name) },
    target.guildId ? 'commands registered in the server' : 'commands registered globally',
  );
  return 'registered';
}
