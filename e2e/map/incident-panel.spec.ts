import { expect, test } from "@playwright/test";
import { openOperatingPicture, signIn } from "./map-page";

test.describe("active incident panel", () => {
  // Other specs log calls and escalate alerts for the demo agencies; the waste agency answers
  // none of them, so a viewer of it sees an empty list whatever ran before.
  test("says plainly that no incident is active", async ({ browser, page }) => {
    const account = { email: `viewer-${Date.now()}@waste.test`, password: "a long enough password" };
    const admin = await browser.newPage();
    await signIn(admin, { email: "admin@city.demo", password: "citydeck-demo" });
    const created = await admin.request.post("/api/trpc/users.create", {
      data: { json: { agencyId: "waste", email: account.email, name: "Waste viewer", role: "viewer", password: account.password } },
    });
    expect(created.ok(), await created.text()).toBe(true);
    await admin.close();

    await openOperatingPicture(page, "/", account);
    const panel = page.getByRole("region", { name: "Active incidents" });
    await expect(panel.getByText("No active incidents")).toBeVisible();
    await expect(panel.getByRole("list", { name: "Active incidents" })).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("Live");
  });
});
