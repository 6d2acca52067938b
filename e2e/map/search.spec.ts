import { expect, test } from "@playwright/test";
import { openOperatingPicture, query } from "./map-page";

test.describe("place search", () => {
  test("flies the map to a ward picked from the gazetteer", async ({ page }) => {
    await openOperatingPicture(page);
    const [ward] = await query<{ kind: string; name: string; lon: number; lat: number }[]>(page.request, "dispatch.searchPlaces", { text: "Kilimani", limit: 1 });
    expect(ward?.kind).toBe("ward");

    const search = page.getByRole("combobox", { name: "Search places" });
    await search.fill("Kilima");
    await expect(page.getByRole("option", { name: /Kilimani/ }).first()).toBeVisible();
    await search.press("Enter");

    // MapLibre writes the view to the hash as #map=zoom/lat/lon once the flight ends.
    await expect.poll(() => viewFromHash(page.url()), { timeout: 15_000 }).toMatchObject({ zoom: expect.closeTo(13.5, 1) });
    const view = viewFromHash(page.url())!;
    expect(Math.abs(view.lat - ward!.lat)).toBeLessThan(0.005);
    expect(Math.abs(view.lon - ward!.lon)).toBeLessThan(0.005);
  });
});

function viewFromHash(url: string) {
  const match = /#map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(url);
  return match ? { zoom: Number(match[1]), lat: Number(match[2]), lon: Number(match[3]) } : null;
}
