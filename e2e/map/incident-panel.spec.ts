import { expect, test } from "@playwright/test";
import { openOperatingPicture } from "./map-page";

test.describe("active incident panel", () => {
  // The e2e city has only closed, historic crashes and the simulator is off: no call is active.
  // When incidents.create exists, this test logs a call through it and expects it listed live.
  test("says plainly that no incident is active", async ({ page }) => {
    await openOperatingPicture(page);
    const panel = page.getByRole("region", { name: "Active incidents" });
    await expect(panel.getByText("No active incidents")).toBeVisible();
    await expect(panel.getByRole("list", { name: "Active incidents" })).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("Live");
  });
});
