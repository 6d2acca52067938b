import { expect, test } from "@playwright/test";
import { openOperatingPicture } from "./map-page";

test.describe("active incident panel", () => {
  // Calls logged by other specs go to the agencies that answer them (police, fire, ambulance);
  // the environment agency sees none of them, so its list is empty whatever ran before.
  test("says plainly that no incident is active", async ({ page }) => {
    await openOperatingPicture(page, "/", { email: "viewer@environment.demo", password: "citydeck-demo" });
    const panel = page.getByRole("region", { name: "Active incidents" });
    await expect(panel.getByText("No active incidents")).toBeVisible();
    await expect(panel.getByRole("list", { name: "Active incidents" })).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("Live");
  });
});
