import type { Message, Severity } from "./types.ts";

/** What every pass gets besides its input: somewhere to put messages. Nothing else. */
export interface Context {
  readonly file: string;
  readonly messages: Message[];
  report(ruleId: string, severity: Severity, line: number, message: string): void;
}

export function createContext(file: string): Context {
  const messages: Message[] = [];
  return {
    file,
    messages,
    report(ruleId, severity, line, message) {
      messages.push({ file, line, severity, message, ruleId });
    },
  };
}

/** `file:line  severity  message  rule-id`, the one format every tool here prints. */
export function formatMessage(m: Message): string {
  return `${m.file}:${m.line}  ${m.severity}  ${m.message}  ${m.ruleId}`;
}
