import { expect, test } from "@playwright/test";
import { startDroppableProxy } from "./droppable-proxy";
import { createIncident, openOperatingPicture } from "./map-page";

const KASARANI = { lon: 36.8975, lat: -1.2235 };

test.describe("the live connection", () => {
  test("a dropped connection shows the reconnecting indicator, then resumes with nothing missed", async ({ page, request, baseURL }) => {
    test.slow();
    // The page goes through the proxy (cookies are per host, so the session holds); the API calls do not.
    const proxy = await startDroppableProxy(Number(new URL(baseURL!).port));
    try {
      await openOperatingPicture(page, `${proxy.origin}/`);
      const status = page.getByRole("status");
      await expect(status).toHaveText("Live");

      proxy.drop();
      await expect(status).toHaveText("Reconnecting…", { timeout: 15_000 });
      // A call logged while this screen is cut off...
      const incident = await createIncident(request, { type: "water", priority: 4, ...KASARANI, address: "Thika Road service lane" });

      proxy.restore();
      await expect(status).toHaveText("Live", { timeout: 20_000 });
      // ...arrives once it is back, from the last frame's seq, without a reload.
      await expect(page.getByRole("list", { name: "Active incidents" }).getByRole("button", { name: new RegExp(incident.title) })).toBeVisible({ timeout: 10_000 });
    } finally {
      await proxy.close();
    }
  });
});
