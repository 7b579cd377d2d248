// Debian's Chromium driven by playwright-core (never a downloaded browser), for browser tests and screenshots.
import { existsSync } from "node:fs";
import { before, after } from "node:test";
import { chromium, type Browser } from "playwright-core";
import { serve } from "../serve.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Why browser tests are skipped here, or false: never skipped in CI, which installs Chromium. */
export const skipWithoutChromium = !hasChromium() && !process.env.CI ? "no /usr/bin/chromium here (CI installs it)" : false;

/** For a test file: serves `site` and starts Chromium before its tests, stops both after. */
export function useSiteInChromium(site: string): { readonly url: string; readonly browser: Browser } {
  let server: { close(): void } | undefined;
  const state = { url: "", browser: undefined as unknown as Browser };
  before(async () => {
    if (skipWithoutChromium) return;
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
