import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

/** e2e runs the production build in Debian's Chromium (no browser download: STACK.md pitfall 1). */
export default defineConfig({
  testDir: "e2e",
  // Playwright empties its outputDir at start: a subfolder, so the unit-test report beside it survives.
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  // Software WebGL on 2 cores is slow and uneven: one retry in CI keeps a slow frame from failing
  // the build; the report still lists a retried test as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-results.json" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    // Software WebGL redraws the whole map for every frame of the pulse around undispatched P1s,
    // which earlier specs leave behind: that starved later specs of CPU. With reduced motion the
    // product draws the ring still (use-pulse-phase.ts).
    reducedMotion: "reduce",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--disable-quic", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // Its own PGlite folder: one process per folder (STACK.md pitfall 4), fresh each run.
    command: `rm -rf data/e2e-${port} && PGLITE_DIR=data/e2e-${port}/pglite SIMULATOR=off DEMO_MODE=on PORT=${port} npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
