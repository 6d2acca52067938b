import { expect, test } from "@playwright/test";
import { createIncident, mapRegion, openOperatingPicture, settle } from "./map-page";

const KAREN = { lon: 36.7123, lat: -1.3198 };

test.describe("the view in the URL", () => {
  test("a copied link opens the same picture: viewport, layers, options and selection", async ({ page, browser, request }) => {
    test.slow();
    const incident = await createIncident(request, { type: "medical", priority: 3, ...KAREN, address: "Karen Plains Road" });
    await openOperatingPicture(page);
    // Other specs log calls on Karen Road too: the address above is this spec's own.
    await page.getByRole("list", { name: "Active incidents" }).getByRole("button", { name: new RegExp(incident.title) }).click();
    await expect(page.getByRole("complementary", { name: "Incident details" })).toBeVisible();
    await page.getByRole("switch", { name: "Matatus layer" }).click();
    await page.getByRole("switch", { name: "Ward shading layer" }).click();
    await page.getByRole("combobox", { name: "Shade by" }).selectOption("requestsBacklog");
    // The flight to the incident ends with its view in the hash.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#map=1[4-9]/);
    await settle(page);
    const link = page.url();
    expect(link).toContain(`select=incident:${incident.id}`);
    expect(link).toContain("metric=requestsBacklog");

    const colleague = await browser.newPage({ viewport: page.viewportSize()! });
    const map = await openOperatingPicture(colleague, link.replace(/^https?:\/\/[^/]+/, ""));
    await expect(colleague.getByRole("complementary", { name: "Incident details" }).getByRole("heading", { name: incident.title })).toBeVisible();
    await expect(colleague.getByRole("switch", { name: "Matatus layer" })).not.toBeChecked();
    await expect(colleague.getByRole("switch", { name: "Ward shading layer" })).toBeChecked();
    await expect(colleague.getByRole("combobox", { name: "Shade by" })).toHaveValue("requestsBacklog");
    await expect(map).toHaveAttribute("data-visible-layers", /\bward-choropleth\b/);
    expect(new URL(colleague.url()).hash).toBe(new URL(link).hash);
    await expect(mapRegion(colleague)).toBeVisible();
    await colleague.close();
  });
});
