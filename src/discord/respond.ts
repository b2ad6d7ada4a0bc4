import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { type AnyAnswer, ask } from '../answer/ask.ts';
import { AnswerLimits } from '../answer/limits.ts';
import type { Question } from '../answer/questions.ts';
import { Strings } from '../answer/strings.ts';
import type { BotContext, Outcome } from './command.ts';
import type { PageButton } from './paging.ts';
import { noPings, type RenderedPage, renderNoResults, renderPage } from './render.ts';

type AskingInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

function timedAsk(ctx: BotContext, question: Question, offset: number): AnyAnswer {
  const started = performance.now();
  const answer = ask(ctx.knowledge(), question, {
    now: ctx.now(),
    offset,
    limit: AnswerLimits.resultsPerPage,
  });
  ctx.latency.record(performance.now() - started);
  return answer;
}

function page(ctx: BotContext, question: Question, answer: AnyAnswer): RenderedPage {
  const first = renderPage(question, answer, null);
  const { offset, total } = answer;
  // Only questions with more to show are remembered for their buttons.
  if (offset + first.shown >= total && offset === 0) return first;
  return renderPage(question, answer, ctx.pages.save(question));
}

/** Nothing to show: answered briefly, for the asker only. A verdict is always shown, "not found" too. */
const nothingFound = (a: AnyAnswer): boolean => a.command !== 'verify' && a.results.length === 0;

const outcome = (a: AnyAnswer, shown: number): Outcome => ({ results: shown, total: a.total });

/** Answers a slash or context-menu command: deferred first when answers have recently been slow. */
export async function answerInteraction(
  interaction: AskingInteraction,
  question: Question,
  ctx: BotContext,
): Promise<Outcome> {
  const deferred = ctx.latency.shouldDefer();
  if (deferred) await interaction.deferReply();
  const answer = timedAsk(ctx, question, 0);
  if (nothingFound(answer)) {
    const reply = { content: renderNoResults(question, answer), allowedMentions: noPings };
    if (deferred) {
      // A deferred reply is public; the "nothing found" answer is for the asker only.
      await interaction.deleteReply();
      await interaction.followUp({ ...reply, flags: MessageFlags.Ephemeral });
    } else {
      await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral });
    }
    return outcome(answer, 0);
  }
  const { shown, ...body } = page(ctx, question, answer);
  if (deferred) await interaction.editReply(body);
  else await interaction.reply(body);
  return outcome(answer, shown);
}

/** Answers a question asked by mentioning the bot, in the same channel or thread. */
export async function answerMessage(message: Message, question: Question, ctx: BotContext): Promise<Outcome> {
  const answer = timedAsk(ctx, question, 0);
  if (nothingFound(answer)) {
    await message.reply({ content: renderNoResults(question, answer), allowedMentions: noPings });
    return outcome(answer, 0);
  }
  const { shown, ...body } = page(ctx, question, answer);
  await message.reply(body);
  return outcome(answer, shown);
}

/** A "More"/"Previous" button: the same message shows the requested page. */
export async function answerPageButton(
  interaction: ButtonInteraction,
  button: PageButton,
  ctx: BotContext,
): Promise<Outcome & { command: string }> {
  const question = ctx.pages.get(button.key);
  const expired = async () => {
    await interaction.reply({
      content: Strings.pageExpired,
      flags: MessageFlags.Ephemeral,
      allowedMentions: noPings,
    });
    return { command: 'page', results: 0, total: 0 };
  };
  if (!question) return expired();
  const deferred = ctx.latency.shouldDefer();
  if (deferred) await interaction.deferUpdate();
  const answer = timedAsk(ctx, question, button.offset);
  if (answer.results.length === 0) {
    if (!deferred) return expired();
    await interaction.followUp({
      content: Strings.pageExpired,
      flags: MessageFlags.Ephemeral,
      allowedMentions: noPings,
    });
    return { command: question.command, results: 0, total: 0 };
  }
  const { shown, ...body } = renderPage(question, answer, button.key);
  if (deferred) await interaction.editReply(body);
  else await interaction.update(body);
  return { command: question.command, ...outcome(answer, shown) };
}
