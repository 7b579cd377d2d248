// Chromium driven by playwright-core, for browser tests, screenshots and benches. Never downloaded at run time:
// the system's Chromium when there is one (CHROMIUM_PATH, else /usr/bin/chromium), else the headless Chromium that
// the npm package @sparticuz/chromium ships inside its tarball (a devDependency, installed by `npm ci`), unpacked once
// into the temp folder. Chinese text is drawn with Noto Sans Hans from the npm package @embedpdf/fonts-sc, through a
// fontconfig file that adds that folder to the system's fonts, so screenshots show Chinese on a machine with no CJK font.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createBrotliDecompress } from "node:zlib";
import { before, after } from "node:test";
import { chromium, type Browser } from "playwright-core";
import { serve } from "../serve.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PACKAGE = join(ROOT, "node_modules/@sparticuz/chromium");
const CJK_FONTS = join(ROOT, "node_modules/@embedpdf/fonts-sc/fonts");

const BASE_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface ChromiumChoice {
  /** "system" (CHROMIUM_PATH or /usr/bin/chromium) or "npm" (@sparticuz/chromium). */
  source: "system" | "npm";
  /** The binary, or for "npm" the compressed binary in the package, unpacked by `executablePath()`. */
  path: string;
}

/** Which Chromium `launch()` uses: CHROMIUM_PATH if set (it must exist), else /usr/bin/chromium, else the npm one. */
export function chromiumChoice(env: NodeJS.ProcessEnv = process.env, systemPath = SYSTEM_CHROMIUM): ChromiumChoice {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROMIUM_PATH=${wanted} does not exist: unset it to use ${existsSync(systemPath) ? systemPath : "the Chromium from @sparticuz/chromium"}`);
    return { source: "system", path: wanted };
  }
  if (existsSync(systemPath)) return { source: "system", path: systemPath };
  return { source: "npm", path: join(PACKAGE, "bin/chromium.br") };
}

function packageVersion(): string {
  try {
    return (JSON.parse(readText(join(PACKAGE, "package.json"))) as { version: string }).version;
  } catch {
    throw new Error("no Chromium here: /usr/bin/chromium is missing and so is the npm package @sparticuz/chromium (run `npm ci`)");
  }
}

const readText = (file: string): string => readFileSync(file, "utf8");

/**
 * Unpacks @sparticuz/chromium's binary into `<tmp>/district-archive-chromium-<version>-<size>/chromium`, once: written
 * aside and renamed, so a process killed while unpacking leaves nothing half-written and processes started together
 * (the test runner's) each see a whole binary. The package's own `executablePath()` unpacks to `/tmp/chromium` and
 * trusts whatever is there, so it is not used.
 */
export async function unpackedChromium(): Promise<string> {
  const version = packageVersion();
  const packed = join(PACKAGE, "bin/chromium.br");
  const dir = join(tmpdir(), `district-archive-chromium-${version}-${statSync(packed).size}`);
  const binary = join(dir, "chromium");
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  const part = `${binary}.part-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await pipeline(createReadStream(packed), createBrotliDecompress({ chunkSize: 2 ** 21 }), createWriteStream(part, { mode: 0o755 }));
    renameSync(part, binary);
  } finally {
    rmSync(part, { force: true });
  }
  return binary;
}

/**
 * A fontconfig file: the system's configuration (when there is one) plus the CJK fonts from npm, with the names the
 * site's CSS asks for (`Noto Sans CJK SC`, `Source Han Sans SC`) mapped to them. Written aside and renamed.
 */
export function fontConfig(): string {
  const dir = join(tmpdir(), "district-archive-fonts");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "fonts.conf");
  const xml = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  ${existsSync(CJK_FONTS) ? `<dir>${CJK_FONTS}</dir>` : ""}
  <cachedir>${join(dir, "cache")}</cachedir>
  <alias><family>Noto Sans CJK SC</family><prefer><family>Noto Sans S Chinese</family></prefer></alias>
  <alias><family>Source Han Sans SC</family><prefer><family>Noto Sans S Chinese</family></prefer></alias>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family><family>Noto Sans S Chinese</family></prefer></alias>
  <alias><family>serif</family><prefer><family>DejaVu Serif</family><family>Noto Sans S Chinese</family></prefer></alias>
</fontconfig>
`;
  if (!existsSync(file) || readText(file) !== xml) {
    const part = `${file}.part-${process.pid}`;
    writeFileSync(part, xml);
    renameSync(part, file);
  }
  return file;
}

/** The executable and arguments `launch()` uses. */
export async function launchOptions(): Promise<{ executablePath: string; args: string[]; env: Record<string, string> }> {
  const choice = chromiumChoice();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  env.FONTCONFIG_FILE = fontConfig();
  if (choice.source === "system") return { executablePath: choice.path, args: BASE_ARGS, env };
  // headless_shell (what the package ships) runs as root only without its sandbox and zygote (README: "args").
  return { executablePath: await unpackedChromium(), args: [...BASE_ARGS, "--no-zygote", "--disable-setuid-sandbox", "--font-render-hinting=none"], env };
}

export async function launch(): Promise<Browser> {
  const { executablePath, args, env } = await launchOptions();
  return chromium.launch({ executablePath, args, env });
}

/** For a test file: serves `site` and starts Chromium before its tests, stops both after. */
export function useSiteInChromium(site: string): { readonly url: string; readonly browser: Browser } {
  let server: { close(): void } | undefined;
  const state = { url: "", browser: undefined as unknown as Browser };
  before(async () => {
    const s = await serve(site);
    server = s.server;
    state.url = s.url;
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    server?.close();
  });
  return state;
}
