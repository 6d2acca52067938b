import { expect, test } from "@playwright/test";
import { changedPixelShare, openOperatingPicture, screenshotPixels, settle } from "./map-page";

test.describe("layer switches", () => {
  test("switching the sensors layer off hides it on the map, and on shows it again", async ({ page }) => {
    const map = await openOperatingPicture(page);
    const sensors = page.getByRole("switch", { name: "Sensors layer" });
    await expect(sensors).toBeChecked();
    await expect(map).toHaveAttribute("data-visible-layers", /\bsensors\b/);
    const withSensors = await screenshotPixels(map);

    await sensors.click();
    await expect(sensors).not.toBeChecked();
    await expect(map).not.toHaveAttribute("data-visible-layers", /\bsensors\b/);
    await settle(page);
    // Some 300 sensor dots across the city: a visible share of the map's pixels changes.
    expect(changedPixelShare(withSensors, await screenshotPixels(map))).toBeGreaterThan(0.002);

    await sensors.press("Space");
    await expect(sensors).toBeChecked();
    await expect(map).toHaveAttribute("data-visible-layers", /\bsensors\b/);
    await settle(page);
    expect(changedPixelShare(withSensors, await screenshotPixels(map))).toBeLessThan(0.002);
  });

  test("each layer has a named switch that controls it", async ({ page }) => {
    const map = await openOperatingPicture(page);
    for (const [name, layerId] of [
      ["Incidents layer", "incidents"],
      ["Units layer", "units"],
      ["Labels layer", "labels-ward"],
    ] as const) {
      const toggle = page.getByRole("switch", { name });
      await toggle.click();
      await expect(map).not.toHaveAttribute("data-visible-layers", new RegExp(`\\b${layerId}\\b`));
      await toggle.click();
      await expect(map).toHaveAttribute("data-visible-layers", new RegExp(`\\b${layerId}\\b`));
    }
  });
});
