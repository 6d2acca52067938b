import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { luminanceSpread, mapRegion, openOperatingPicture, screenshotPixels } from "./map-page";

test.describe("base map", () => {
  test("draws the city from its own data, with labels", async ({ page }) => {
    const map = await openOperatingPicture(page);
    const pixels = await screenshotPixels(map);
    // A blank canvas has a spread near 0; wards, roads, rivers and labels give well over 10.
    expect(luminanceSpread(pixels)).toBeGreaterThan(10);
    await expect(map).toHaveAttribute("data-visible-layers", /\blabels-road\b/);
  });

  test("never requests anything outside the app", async ({ page, baseURL }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const map = await openOperatingPicture(page);
    // Zooming in loads street-level detail and hospital names: it must stay offline too.
    await map.hover();
    await page.mouse.wheel(0, -1200);
    await expect(map).toHaveAttribute("data-map-idle", "true");
    expect(requested.length).toBeGreaterThan(0);
    const outside = requested.filter((url) => !url.startsWith(`${baseURL}/`) && !/^(data|blob):/.test(url));
    expect(outside).toEqual([]);
  });

  test("saves the README screenshot at 1280×800", async ({ page }) => {
    await openOperatingPicture(page);
    mkdirSync("docs/screenshots", { recursive: true });
    await page.screenshot({ path: "docs/screenshots/operating-picture.png" });
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
    await expect(mapRegion(page)).toBeVisible();
  });
});
