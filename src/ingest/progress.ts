import type { LogSink } from '../core/log-sink.ts';

/**
 * Progress of a long ingestion: a bar redrawn in place on a terminal, a log line every ten percent
 * (or every 10 s) otherwise, so a service log shows it is moving without being flooded — or, with
 * `lines`, a plain text line on the stream instead (the CLI, whose log shows only warnings).
 */
export interface Progress {
  advance(done: number): void;
  finish(): void;
}

export interface ProgressOptions {
  total: number;
  label: string;
  log: LogSink;
  /** Where the bar goes; only drawn when it is a terminal. */
  stream?: NodeJS.WriteStream | undefined;
  /** Not a terminal: a plain line on `stream` every tenth instead of a log line. */
  lines?: boolean | undefined;
}

/**
 * The time left, from the pace since the first article came back: the first one waits for the
 * workers to start (seconds, with nothing done), so counting from the start would promise hours.
 * Nothing is promised before a few percent (at least five articles) have come back.
 */
export function estimateLeft(
  first: { at: number; done: number } | null,
  now: number,
  done: number,
  total: number,
): number | null {
  if (!first) return null;
  const since = done - first.done;
  if (since < Math.max(5, total * 0.02) || now <= first.at) return null;
  return ((now - first.at) / 1000 / since) * (total - done);
}

const BAR_WIDTH = 30;

export function createProgress({ total, label, log, stream, lines }: ProgressOptions): Progress {
  const started = performance.now();
  const tty = stream?.isTTY === true;
  let done = 0;
  let nextTenth = 1;
  let lastLog = started;
  let lastDraw = 0;
  let first: { at: number; done: number } | null = null;
  const eta = (): string => {
    const now = performance.now();
    const elapsed = `${Math.round((now - started) / 1000)} s`;
    const left = estimateLeft(first, now, done, total);
    if (done >= total) return elapsed;
    return left === null ? `${elapsed}, estimating…` : `${elapsed}, ~${Math.ceil(left)} s left`;
  };
  const draw = (): void => {
    if (!stream) return;
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${eta()}\u001b[K`,
    );
  };
  return {
    advance(count: number): void {
      const now = performance.now();
      first ??= { at: now, done: Math.min(total, done + count) };
      done = Math.min(total, done + count);
      if (tty) {
        if (now - lastDraw > 100 || done === total) {
          lastDraw = now;
          draw();
        }
        return;
      }
      if (done >= (nextTenth * total) / 10 || now - lastLog > 10_000) {
        while (done >= (nextTenth * total) / 10 && nextTenth <= 10) nextTenth++;
        lastLog = now;
        const percent = Math.floor((done / total) * 100);
        if (lines) stream?.write(`${label}: ${done}/${total} (${percent}%), ${eta()}\n`);
        else log.info({ done, total, percent, eta: eta() }, label);
      }
    },
    finish(): void {
      if (tty) {
        draw();
        stream?.write('\n');
      }
    },
  };
}
