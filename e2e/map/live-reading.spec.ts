import { expect, test } from "@playwright/test";
import { integrationToken, layerRow, mapCentre, mapHash, openOperatingPicture, push, query, settle } from "./map-page";

type Sensor = { id: string; name: string; kind: string; lon: number; lat: number; latestValue: number | null };

test.describe("a sensor reading pushed by an outside system", () => {
  test("recolours the sensor on the map and freshens the panel without a reload", async ({ page, request }) => {
    const token = await integrationToken(request, ["ingest:senml"]);
    // A river gauge: nothing else in a fresh city writes to it (the simulator is off in e2e).
    const [gauge] = await query<Sensor[]>(request, "sensors.list", { kind: ["water_level"] });
    const map = await openOperatingPicture(page, `/?layers=sensors,labels${mapHash(gauge!, 16)}`);
    const loadedAt = await page.evaluate(() => performance.timeOrigin);

    // 6 m is above every gauge's major flood stage (1.2-1.8 m action level, major 1.6 m above it).
    await push(request, "senml", token, JSON.stringify([{ n: gauge!.id, u: "m", v: 6 }]));

    await expect(layerRow(page, "Sensors").locator("[data-freshness]")).toHaveAttribute("data-freshness", "fresh", { timeout: 10_000 });
    await settle(page);
    const centre = await mapCentre(map);
    await page.mouse.move(centre.x, centre.y);
    await expect(page.locator(".deck-tooltip")).toContainText("6.0 m · Major flooding");

    // Its drawer shows the live value and offers its history and alerts.
    await page.mouse.click(centre.x, centre.y);
    const drawer = page.getByRole("complementary", { name: "Sensor details" });
    await expect(drawer.getByRole("heading", { name: gauge!.name })).toBeVisible();
    await expect(drawer).toContainText("Major flooding");
    await expect(drawer.getByRole("combobox", { name: "History range" })).toBeVisible();
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
  });
});
