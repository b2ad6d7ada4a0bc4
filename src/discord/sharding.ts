import { once } from 'node:events';
import { ShardingManager } from 'discord.js';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { COMPILED } from '../paths.ts';
import { onShutdownSignal } from './process-guards.ts';

/**
 * SHARDS set: this process becomes discord.js's ShardingManager and runs the entry point once per
 * shard, each a full bot for its share of the servers (Discord requires this from 2,500 servers).
 */
export async function runShardManager(entryFile: string, config: Config, log: Logger): Promise<void> {
  const manager = new ShardingManager(entryFile, {
    ...(config.DISCORD_TOKEN ? { token: config.DISCORD_TOKEN } : {}),
    totalShards: config.SHARDS === 'auto' ? 'auto' : Number(config.SHARDS),
    // Each shard runs the same entry point as this process: compiled (`npm start`), or under tsx.
    execArgv: COMPILED ? ['--enable-source-maps'] : ['--import', import.meta.resolve('tsx')],
    respawn: true,
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    log.info({ shardId: shard.id, totalShards: manager.totalShards }, 'shard started');
    shard.on('death', (child) => {
      if (stopping) return;
      log.warn(
        { shardId: shard.id, exitCode: 'exitCode' in child ? child.exitCode : null },
        'shard exited; starting it again',
      );
    });
  });
  onShutdownSignal(log, async () => {
    stopping = true;
    await Promise.all(
      manager.shards.map(async (shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null) return;
        const exited = once(child, 'exit');
        shard.kill(); // SIGTERM: the shard finishes its answers and logs out; no respawn
        await exited;
      }),
    );
    log.info({ shards: manager.shards.size }, 'all shards stopped');
  });
  // A shard is ready only once its corpus is loaded, which takes minutes for a large one (and longer on
  // a busy machine): no ready timeout, or the manager would give up on a shard that is still loading.
  await manager.spawn({ timeout: -1 });
}
