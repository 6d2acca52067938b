import { expect, test } from "@playwright/test";
import { createIncident, mapCentre, mapHash, openOperatingPicture, settle } from "./map-page";

/** Kenyatta Avenue at Moi Avenue, in the CBD. */
const CBD_CORNER = { lon: 36.8219, lat: -1.2841 };

test.describe("a call logged through the API", () => {
  test("appears in the panel and on the map without a reload, and opens its drawer when clicked", async ({ page, request }) => {
    const map = await openOperatingPicture(page, `/?layers=incidents,labels${mapHash(CBD_CORNER, 16)}`);
    await expect(page.getByRole("status")).toHaveText("Live");
    const loadedAt = await page.evaluate(() => performance.timeOrigin);

    const incident = await createIncident(request, { type: "fire", priority: 1, ...CBD_CORNER, address: "Kenyatta Avenue / Moi Avenue" });

    const list = page.getByRole("list", { name: "Active incidents" });
    await expect(list.getByRole("button", { name: new RegExp(incident.title) })).toBeVisible({ timeout: 5_000 });
    // A P1 nobody has dispatched to yet is ringed.
    await expect(map).toHaveAttribute("data-visible-layers", /\bincident-pulse\b/);
    // Drawn where it is: the map's centre. Hovering it gives deck.gl's tooltip for the incident.
    await settle(page);
    const centre = await mapCentre(map);
    await page.mouse.move(centre.x, centre.y);
    await expect(page.locator(".deck-tooltip")).toContainText("P1 Fire");

    await page.mouse.click(centre.x, centre.y);
    const drawer = page.getByRole("complementary", { name: "Incident details" });
    await expect(drawer.getByRole("heading", { name: incident.title })).toBeVisible();
    await expect(drawer).toContainText("Life threat");
    await expect(drawer.getByText("Call logged: Fire, P1")).toBeVisible();
    await expect(drawer.getByRole("link", { name: /full timeline/ })).toHaveAttribute("href", `/dispatch/incidents/${incident.id}/timeline`);
    expect(page.url()).toContain(`select=incident:${incident.id}`);
    // Still the page that was first loaded: everything came over the live stream.
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
  });
});
