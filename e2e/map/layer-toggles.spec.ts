import { expect, test } from "@playwright/test";
import { capAlert, createIncident, integrationToken, mapHash, openOperatingPicture, push, settle, toggleAndCompare } from "./map-page";

/** Each switch and the deck.gl layer it controls. */
const LAYERS = [
  ["Incidents", "incidents"],
  ["Units", "units"],
  ["Matatus", "matatus"],
  ["Sensors", "sensors"],
  ["Road speeds", "road-speeds"],
  ["Alert areas", "alert-areas"],
  ["Service requests", "service-requests"],
  ["Incident history", "incident-density"],
  ["Ward shading", "ward-choropleth"],
  ["Labels", "labels-ward"],
] as const;

/** Westlands, where the call below is logged: the ward shading has something to shade. */
const WESTLANDS = { lon: 36.8075, lat: -1.2655 };
/** A flood warning's area just east of it, along the Mathare river. */
const MATHARE: [number, number][] = [[36.82, -1.255], [36.845, -1.255], [36.845, -1.275], [36.82, -1.275], [36.82, -1.255]];

test.describe("layer switches", () => {
  test("every layer has a named switch that turns its deck.gl layer on and off", async ({ page }) => {
    const map = await openOperatingPicture(page);
    for (const [label, layerId] of LAYERS) {
      const toggle = page.getByRole("switch", { name: `${label} layer` });
      const wasOn = await toggle.isChecked();
      await toggle.click();
      await expect(toggle).toBeChecked({ checked: !wasOn });
      await expect(map).toHaveAttribute("data-visible-layers", wasOn ? new RegExp(`^(?!.*\\b${layerId}\\b)`) : new RegExp(`\\b${layerId}\\b`));
      await toggle.press("Space");
      await expect(toggle).toBeChecked({ checked: wasOn });
    }
  });

  test("the layers with data in a fresh city are drawn, and vanish when switched off", async ({ page, request }) => {
    test.slow();
    await createIncident(request, { type: "crime", priority: 2, ...WESTLANDS, address: "Waiyaki Way" });
    await push(request, "cap", await integrationToken(request, ["ingest:cap"]), capAlert(`e2e-flood-${Date.now()}`, "Flash flood warning: Mathare", MATHARE));
    await openOperatingPicture(page, `/${mapHash(WESTLANDS, 13)}`);
    // Seeded sensors, units at their bases, the traffic sensors' roads, labels, the call and the warning just sent.
    for (const [label, layerId, share] of [
      ["Sensors", "sensors", 0.0005],
      ["Units", "units", 0.0005],
      ["Road speeds", "road-speeds", 0.0005],
      ["Labels", "labels-ward", 0.002],
      ["Incidents", "incidents", 0.0003],
      ["Alert areas", "alert-areas", 0.01],
    ] as const) {
      expect(await toggleAndCompare(page, label, layerId), `${label} switched off`).toBeGreaterThan(share);
      expect(await toggleAndCompare(page, label, layerId), `${label} switched on`).toBeGreaterThan(share);
    }
    // Area shadings start off: the 2012-2023 crash history, and the ward with the open call.
    await page.getByRole("switch", { name: "Incident history layer" }).click();
    await page.getByRole("combobox", { name: "Window" }).selectOption("all");
    await settle(page);
    expect(await toggleAndCompare(page, "Incident history", "incident-density")).toBeGreaterThan(0.05);
    expect(await toggleAndCompare(page, "Ward shading", "ward-choropleth")).toBeGreaterThan(0.01);
  });
});
