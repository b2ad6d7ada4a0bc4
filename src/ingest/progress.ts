import type { LogSink } from '../core/log-sink.ts';

/**
 * Progress of a long ingestion: a bar redrawn in place on a terminal, a log line every ten percent
 * (or every 10 s) otherwise, so a service log shows it is moving without being flooded.
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
}

const BAR_WIDTH = 30;

export function createProgress({ total, label, log, stream }: ProgressOptions): Progress {
  const started = performance.now();
  const tty = stream?.isTTY === true;
  let done = 0;
  let nextTenth = 1;
  let lastLog = started;
  let lastDraw = 0;
  const eta = (): string => {
    const elapsed = (performance.now() - started) / 1000;
    if (done === 0) return '';
    const left = (elapsed / done) * (total - done);
    return `${Math.round(elapsed)} s, ~${Math.round(left)} s left`;
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
      done = Math.min(total, done + count);
      const now = performance.now();
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
        log.info({ done, total, percent: Math.floor((done / total) * 100), eta: eta() }, label);
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
