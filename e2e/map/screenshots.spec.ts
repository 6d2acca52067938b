import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { createIncident, openOperatingPicture, settle } from "./map-page";

/** A morning in Nairobi: calls of every priority across the city. */
const CALLS = [
  { type: "medical", priority: 1, lon: 36.8466, lat: -1.2745, address: "First Avenue, Eastleigh" },
  { type: "road_collision", priority: 2, lon: 36.8612, lat: -1.3205, address: "Mombasa Road at Likoni Road" },
  { type: "power", priority: 3, lon: 36.7836, lat: -1.3117, address: "Kibera Drive" },
  { type: "other", priority: 4, lon: 36.8142, lat: -1.2611, address: "Parklands Road" },
  { type: "fire", priority: 2, lon: 36.8907, lat: -1.2588, address: "Outer Ring Road, Donholm" },
];

test.describe("screenshots", () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test("the operating picture at 1920×1080: live layers with an incident open, and the incident history", async ({ page, request }) => {
    test.slow();
    const incidents = [];
    for (const call of CALLS) incidents.push(await createIncident(request, call));
    mkdirSync("docs/screenshots", { recursive: true });

    await openOperatingPicture(page);
    await page.getByRole("list", { name: "Active incidents" }).getByRole("button", { name: new RegExp(incidents[0]!.title) }).click();
    await expect(page.getByRole("complementary", { name: "Incident details" })).toBeVisible();
    await page.getByRole("button", { name: "Incidents legend" }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#map=1[4-9]/);
    await settle(page);
    await page.screenshot({ path: "docs/screenshots/operating-picture-1080p.png" });

    await page.goto("/?layers=incidents,units,sensors,traffic,density,labels&window=all#map=11.6/-1.2900/36.8600");
    await expect(page.getByRole("region", { name: "Map of Nairobi" })).toHaveAttribute("data-visible-layers", /\bincident-density\b/);
    const legend = page.getByRole("button", { name: "Incident history legend" });
    await legend.click();
    await expect(legend).toHaveAttribute("aria-expanded", "true");
    await page.getByText("More per hexagon").scrollIntoViewIfNeeded();
    await settle(page);
    await settle(page);
    await page.screenshot({ path: "docs/screenshots/operating-picture-history-1080p.png" });
  });
});
