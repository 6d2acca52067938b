/**
 * CPU cost of one update of N moving points (1k, 10k, 100k) on the map: our matatu layer
 * (deck.gl over typed arrays written in place) against the baseline, a MapLibre GeoJSON source
 * given the same points with setData, measured in the same headless Chromium run.
 *
 * CPU is the page's own: the thread time of every task on the renderer's threads (main thread
 * and MapLibre's workers) from a Chrome trace, for one update until its frame is drawn, less a
 * plain redraw of the same points (both ways draw N circles, and in software WebGL, as on these
 * machines, drawing would swamp the difference). Rasterizing itself happens in the GPU process
 * and is not counted either way. Each figure is the median over several updates.
 *
 *   npx tsx bench/map-update-cost.ts
 */
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Page } from "playwright-core";
import type { Contender } from "./map-update-cost.page";

const SIZES = [1_000, 10_000, 100_000];
/** Fewer updates for bigger sizes: a 100k setData takes seconds here. */
const UPDATES: Record<number, number> = { 1_000: 15, 10_000: 9, 100_000: 5 };
/** Unmeasured first updates: shader compilation and JIT warm-up belong to neither way. */
const WARM_UP = 3;

type Name = "deck" | "glide" | "setData";

const bundle = await build({
  entryPoints: [new URL("./map-update-cost.page.ts", import.meta.url).pathname],
  bundle: true,
  write: false,
  format: "iife",
  target: "es2022",
  minify: true,
  logLevel: "error",
  define: { "process.env.NODE_ENV": '"production"' },
});
const html = await readFile(new URL("./map-update-cost.html", import.meta.url));
const server = createServer((request, response) => {
  if (request.url === "/map-update-cost.js") response.writeHead(200, { "Content-Type": "text/javascript" }).end(bundle.outputFiles[0]!.contents);
  else response.writeHead(200, { "Content-Type": "text/html" }).end(html);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-quic", "--no-sandbox", "--disable-background-networking", "--js-flags=--expose-gc"] });

type TraceEvent = { ph: string; pid: number; tid: number; name: string; cat: string; tdur?: number; args?: { name?: string } };

/** Thread-time (ms) of the top-level tasks on the page's renderer threads while `run` runs. */
async function rendererCpuMs(page: Page, run: () => Promise<void>): Promise<number> {
  await browser.startTracing(page, { categories: ["toplevel", "__metadata"] });
  await run();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const renderer = traceEvents.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")!.pid;
  const microseconds = traceEvents
    .filter((e) => e.pid === renderer && e.ph === "X" && e.cat === "toplevel" && e.tdur !== undefined)
    .reduce((sum, e) => sum + e.tdur!, 0);
  return microseconds / 1000;
}

async function cpuPerUpdate(page: Page, name: Name, count: number): Promise<number> {
  const updates = UPDATES[count]!;
  const call = (method: keyof Contender) => () => page.evaluate(([n, m]) => window.contenders[n][m](0, 0), [name, method] as const);
  await page.evaluate(([n, c, f]) => window.contenders[n].prepare(c, f), [name, count, WARM_UP + updates] as const);
  for (let i = 0; i < WARM_UP; i++) await call("update")();
  const costs: number[] = [];
  for (let i = 0; i < updates; i++) costs.push((await rendererCpuMs(page, call("update"))) - (await rendererCpuMs(page, call("redraw"))));
  return Math.max(0, median(costs));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  page.on("pageerror", (error) => console.error("page error:", error.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.evaluate(() => window.mapReady);

  const ms = (value: number) => value.toFixed(1).padStart(11);
  console.log("Renderer CPU per update of N moving points, ms (main thread and workers, drawing taken off; median).");
  console.log("deck: our matatu layer over typed arrays written in place; +glide: the same with its GPU position transition;");
  console.log("setData: MapLibre GeoJSON source given the same points.\n");
  console.log("       N        deck     +glide    setData   setData ÷ deck");
  for (const count of SIZES) {
    const deck = await cpuPerUpdate(page, "deck", count);
    const glide = await cpuPerUpdate(page, "glide", count);
    const setData = await cpuPerUpdate(page, "setData", count);
    console.log(`${String(count).padStart(8)}${ms(deck)}${ms(glide)}${ms(setData)}${(setData / deck).toFixed(0).padStart(15)}x`);
  }
} finally {
  await browser.close();
  server.close();
}
