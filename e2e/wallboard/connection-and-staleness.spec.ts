import { expect, test } from "@playwright/test";
import { savePlaylist } from "./city-data";
import { apiAs, openWall, tile } from "./wall-page";

test.beforeEach(async ({ baseURL }) => {
  const supervisor = await apiAs(baseURL!, "supervisor");
  await savePlaylist(supervisor, [{ panel: "emergency", dwellS: 600 }]);
  await supervisor.dispose();
});

test("a lost connection shows on the wall, and the wall recovers by itself", async ({ page, context }) => {
  await openWall(page);
  const connection = page.getByRole("status", { name: "Connection" });
  await context.setOffline(true);
  await expect(connection).toHaveText("Connection lost · reconnecting", { timeout: 30_000 });
  await context.setOffline(false);
  await expect(connection).toHaveText("Live", { timeout: 60_000 });
});

test("figures the wall can no longer refresh grey out and say how old they are", async ({ page }) => {
  await page.clock.install();
  await openWall(page);
  const openIncidents = tile(page, "Open incidents");
  await expect(openIncidents).toHaveAttribute("data-freshness", "fresh");
  await page.route("**/api/trpc/**", (route) => route.abort());
  await page.clock.fastForward("03:00");
  await expect(openIncidents).toHaveAttribute("data-freshness", "stale");
  await expect(openIncidents).toContainText("Stale · 3 min old");
});
