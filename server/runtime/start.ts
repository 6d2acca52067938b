/**
 * `npm start`: build when the sources are newer than the last build, then run ONE Next.js
 * process (web + background roles from instrumentation.ts). This launcher only supervises.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const nextBin = join(root, "node_modules", ".bin", "next");
const SOURCES = ["app", "components", "lib", "server", "db", "public", "instrumentation.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  const buildId = join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(root, source)) <= builtAt);
}

if (!buildIsCurrent()) {
  console.log("Building CityDeck (first start or sources changed)...");
  const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const host = process.env.HOSTNAME ?? "127.0.0.1";
const port = process.env.PORT ?? "3000";
console.log(`Starting CityDeck on http://${host}:${port} (migrating and seeding on first start)...`);
// Demo logins are the default of `npm start`, never of a production deployment unless DEMO_MODE=on.
const demoMode = process.env.DEMO_MODE ?? (process.env.NODE_ENV === "production" ? "off" : "on");
const server = spawn(nextBin, ["start", "-H", host, "-p", port], {
  stdio: "inherit",
  env: { ...process.env, HOSTNAME: host, PORT: port, DEMO_MODE: demoMode },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
