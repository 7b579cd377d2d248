// Escaping HTML templates: every interpolated value is escaped unless it was made by html`` itself.
export class Raw {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Value = string | number | null | undefined | false | Raw | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof Raw) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Raw {
  let out = strings[0]!;
  values.forEach((v, k) => (out += render(v) + strings[k + 1]!));
  return new Raw(out);
}

/** Trusted markup, e.g. markdown-it output rendered with html: false. */
export const raw = (s: string) => new Raw(s);
