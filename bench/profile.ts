/**
 * A CPU profile of one bench gesture, summarised by self time: where the milliseconds go.
 *
 *   tsx bench/profile.ts filter|select|switch|scrub|load [--data bench-data/events-10000.csv]
 *                        [--cpu 4] [--dist bench/results/dist-prof] [--trace] [--port 4296]
 *
 * Serves bench/results/dist (build it first with `npm run bench:quick` or ATLAS_OUT_DIR), runs the
 * gesture 20 times under the DevTools profiler and prints the top functions by self time, so a
 * speed change can be explained by what it removed. `load` profiles 8 fresh page loads up to the
 * map's idle mark instead (each in a new context, like the bench's load runs). Writes the raw
 * .cpuprofile to /tmp. With --trace it records a Chromium trace instead (the raw trace also goes
 * to /tmp) and sums the main thread's events by name (script, style, layout, paint). For readable
 * names, profile an unminified build:
 * `ATLAS_OUT_DIR=bench/results/dist-prof npx vite build --minify false`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { benchFiles } from './data';
import {
  INIT_SCRIPT,
  measureDiffusion,
  measureFilter,
  measureSelect,
  openPage,
  waitForLoad,
} from './measure';
import { serve } from './serve';
import { FAMILIES, PROVINCES } from './synthetic';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const gesture = argv[0] ?? 'filter';
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const data = opt('data');
const cpu = Number(opt('cpu') ?? 1);
const port = Number(opt('port') ?? 4296);
const { files, datasets } = benchFiles(data ? [Number(/(\d+)\.csv$/.exec(data)?.[1])] : []);
const ds = datasets.find((d) => d.dataParam === data) ?? datasets[0]!;
const server = await serve(join(root, opt('dist') ?? 'bench/results/dist'), files, port);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
const q = new URLSearchParams();
if (data) q.set('data', data);
if (gesture === 'switch' || gesture === 'scrub') q.set('family', FAMILIES[0]!);
const p50 = (ms: number[]) => [...ms].sort((a, b) => a - b)[ms.length >> 1]?.toFixed(1);
const p95 = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]?.toFixed(1);
};
const show = (rows: [string, number][], unit: string) => {
  const total = rows.reduce((s, [, v]) => s + v, 0);
  for (const [k, v] of rows.sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(
      `${v.toFixed(1).padStart(8)} ${unit} ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`,
    );
};

const url = `http://127.0.0.1:${port}/?${q}`;
if (gesture === 'load') await profileLoads();
const { page, context } = await openPage(browser, url, 'ours', 240_000, cpu);
async function run(): Promise<number[]> {
  if (gesture === 'filter') return (await measureFilter(page, ds.filters, 20)).ms;
  if (gesture === 'select') return (await measureSelect(page, ds.selectable, 20)).ms;
  const d = await measureDiffusion(page, FAMILIES, PROVINCES, {
    switchReps: gesture === 'switch' ? 20 : 0,
    scrubReps: gesture === 'scrub' ? 20 : 0,
  });
  return (gesture === 'switch' ? d.switch : d.scrub).ms;
}
if (argv.includes('--trace')) {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const ms = await run();
  const raw = (await browser.stopTracing()).toString();
  const traceOut = `/tmp/trace-${gesture}-${Date.now()}.json`;
  writeFileSync(traceOut, raw);
  const events = JSON.parse(raw).traceEvents as {
    name: string;
    ph: string;
    tid: number;
    dur?: number;
    args?: { name?: string };
  }[];
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const byName = new Map<string, number>();
  for (const e of events)
    if (e.tid === main && e.ph === 'X' && e.dur)
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  console.log(
    `${gesture}: ${ms.length} runs, p50 ${p50(ms)} ms, p95 ${p95(ms)} ms; trace ${traceOut}; main-thread events (nested, so shares overlap):`,
  );
  show([...byName], 'ms');
  // The long tasks one by one: a filter's own task (TimerFire: the bench acts in a timeout) and the
  // animation frames after it.
  const long = events
    .filter(
      (e) =>
        e.tid === main &&
        e.ph === 'X' &&
        (e.dur ?? 0) > 4000 &&
        /TimerFire|FireAnimationFrame/.test(e.name),
    )
    .map((e) => `${e.name === 'TimerFire' ? '\n  T' : 'A'}${((e.dur ?? 0) / 1000).toFixed(0)}`);
  console.log('tasks > 4 ms (T: timer, A: animation frame):', long.join(' '));
  await browser.close();
  server.close();
  process.exit(0);
}

const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = Date.now();
const ms = await run();
const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
const out = `/tmp/prof-${gesture}-${Date.now()}.cpuprofile`;
writeFileSync(out, JSON.stringify(profile));
const byFn = selfTimes(profile);
console.log(
  `${gesture}: ${ms.length} runs, p50 ${p50(ms)} ms, p95 ${p95(ms)} ms; wall ${Date.now() - t0} ms; profile ${out}`,
);
show([...byFn], 'ms');
await browser.close();
server.close();

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of self time by function (`name file:line`). */
function selfTimes(profile: CpuProfile): Map<string, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const byFn = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0));
  }
  return byFn;
}

/** `load`: CPU profiles of fresh page loads, summed by self time; the marks' p50 first. */
async function profileLoads(): Promise<never> {
  const byFn = new Map<string, number>();
  const marks = new Map<string, number[]>();
  for (let i = 0; i < 8; i++) {
    const ctx = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'zh-CN',
    });
    const pg = await ctx.newPage();
    await pg.addInitScript(INIT_SCRIPT);
    const cdp = await ctx.newCDPSession(pg);
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await pg.goto(url);
    await waitForLoad(pg, 'ours', 240_000, true);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    for (const [k, v] of selfTimes(profile)) byFn.set(k, (byFn.get(k) ?? 0) + v);
    const m = await pg.evaluate(() =>
      performance.getEntriesByType('mark').map((e) => [e.name, e.startTime] as const),
    );
    for (const [name, t] of m) marks.set(name, [...(marks.get(name) ?? []), t]);
    await ctx.close();
  }
  console.log('load: 8 runs, p50 of each mark (ms after navigation; profiled, so slower):');
  for (const [name, ts] of marks) console.log(`  ${p50(ts)?.padStart(7)}  ${name}`);
  show([...byFn], 'ms');
  await browser.close();
  server.close();
  process.exit(0);
}
