import type { Message, Severity } from "./types.ts";

/** What every pass gets besides its input: somewhere to put messages. Nothing else. */
export interface Context {
  readonly file: string;
  readonly messages: Message[];
  /** `file` when the message is about another file than the bulletin (seeds/corrections.json). */
  report(ruleId: string, severity: Severity, line: number, message: string, file?: string): void;
}

export function createContext(file: string): Context {
  const messages: Message[] = [];
  return {
    file,
    messages,
    report(ruleId, severity, line, message, other) {
      messages.push({ file: other ?? file, line, severity, message, ruleId });
    },
  };
}

/** `file:line  severity  message  rule-id`, the one format every tool here prints. */
export function formatMessage(m: Message): string {
  return `${m.file}:${m.line}  ${m.severity}  ${m.message}  ${m.ruleId}`;
}
