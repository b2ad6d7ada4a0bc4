import type { Command } from '../src/discord/command.ts';
import findSource from './find-source.ts';
import source from './source.ts';
import verify from './verify.ts';
import verifyQuote from './verify-quote.ts';
import whatHappened from './what-happened.ts';
import whoSaid from './who-said.ts';

/** Every command the bot registers and answers, explicitly. */
export const commands: readonly Command[] = [whoSaid, whatHappened, source, verify, findSource, verifyQuote];
