/** The slice of a pino logger the core needs; pino's Logger satisfies it, tests can pass a recorder. */
export interface LogSink {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export const silentLog: LogSink = { info() {}, warn() {} };
