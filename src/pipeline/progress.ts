// Stage timing, peak memory and progress: a live line on a terminal, a plain line every few seconds elsewhere (CI).
import { readFileSync, readdirSync } from "node:fs";

export interface StageMetric {
  stage: string;
  seconds: number;
  /** Highest resident memory of the build process during the stage, MiB. */
  mainPeakMiB: number;
  /** Highest resident memory of any child process (Pagefind, renderers) during the stage, MiB. */
  childPeakMiB: number;
  detail: string;
}

const MiB = 1024 * 1024;
const PERIOD_MS = 10_000;

function rssOf(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
    return m ? (Number(m[1]) * 1024) / MiB : 0;
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const c of children ? children.split(" ").map(Number) : []) out.push(c, ...descendants(c));
    }
  } catch {
    // /proc is Linux-only; elsewhere child memory reads as 0
  }
  return out;
}

export class Stages {
  readonly metrics: StageMetric[] = [];
  private readonly started = Date.now();

  constructor(
    private readonly quiet = false,
    /** Called with each stage's name as it starts (a test's hook to stop the build there). */
    private readonly onStart: (stage: string) => void = () => {},
  ) {}

  /** Runs one stage, sampling memory every 100 ms; `report(done, total)` drives the progress line. */
  async run<T>(stage: string, fn: (report: (done: number, total: number) => void) => Promise<T> | T, detail: (r: T) => string = () => ""): Promise<T> {
    this.onStart(stage);
    const t0 = Date.now();
    let mainPeak = 0;
    let childPeak = 0;
    const sample = () => {
      mainPeak = Math.max(mainPeak, process.memoryUsage().rss / MiB);
      for (const c of descendants(process.pid)) childPeak = Math.max(childPeak, rssOf(c));
    };
    const timer = setInterval(sample, 100);
    let lastLine = 0;
    const tty = process.stderr.isTTY && !this.quiet;
    const report = (done: number, total: number) => {
      const now = Date.now();
      const elapsed = (now - t0) / 1000;
      const left = done > 0 ? (elapsed / done) * (total - done) : NaN;
      const text = `[build] ${stage}: ${done}/${total}${Number.isFinite(left) ? `, about ${Math.ceil(left)} s left` : ""}`;
      if (tty) process.stderr.write(`\r${text}\x1b[K`);
      else if (!this.quiet && now - lastLine >= PERIOD_MS) {
        lastLine = now;
        console.log(text);
      }
    };
    try {
      const result = await fn(report);
      sample();
      const metric = { stage, seconds: (Date.now() - t0) / 1000, mainPeakMiB: mainPeak, childPeakMiB: childPeak, detail: detail(result) };
      this.metrics.push(metric);
      if (tty) process.stderr.write("\r\x1b[K");
      if (!this.quiet) console.log(`[build] ${stage}: ${metric.seconds.toFixed(1)} s${metric.detail ? `, ${metric.detail}` : ""} (total ${((Date.now() - this.started) / 1000).toFixed(1)} s)`);
      return result;
    } finally {
      clearInterval(timer);
    }
  }
}
