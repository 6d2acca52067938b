import { expect, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";

/** A demo account of the city command center (DEMO_MODE=on in playwright.config.ts): it sees every agency. */
export const VIEWER = { email: "viewer@city.demo", password: "citydeck-demo" };

/** Signs in through the API, as a user's browser would, so the page opens with a session cookie. */
export async function signIn(page: Page, account = VIEWER) {
  const response = await page.request.post("/api/trpc/auth.signIn", { data: { json: account } });
  expect(response.ok(), await response.text()).toBe(true);
}

export const mapRegion = (page: Page) => page.getByRole("region", { name: "Map of Nairobi" });

/**
 * Opens the operating picture and waits until the base map has loaded and the deck.gl layers
 * have their data: labels (text and font ready) and sensors (their count shows in the panel).
 */
export async function openOperatingPicture(page: Page) {
  await signIn(page);
  await page.goto("/");
  const map = mapRegion(page);
  await expect(map).toHaveAttribute("data-map-idle", "true", { timeout: 60_000 });
  await expect(map).toHaveAttribute("data-visible-layers", /\blabels-ward\b/);
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("switch", { name: "Sensors layer" }) })).toContainText(/\d+/);
  await settle(page);
  return map;
}

/** Software WebGL draws a frame or two after the data arrives; give it a moment. */
export const settle = (page: Page) => page.waitForTimeout(1_500);

export async function screenshotPixels(target: Locator): Promise<PNG> {
  return PNG.sync.read(await target.screenshot());
}

/** Standard deviation of luminance: near zero for a blank or single-colour canvas. */
export function luminanceSpread({ data }: PNG): number {
  let sum = 0;
  let sumOfSquares = 0;
  const pixels = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const luminance = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
    sum += luminance;
    sumOfSquares += luminance * luminance;
  }
  const mean = sum / pixels;
  return Math.sqrt(sumOfSquares / pixels - mean * mean);
}

/** Share of pixels whose colour changed visibly between two screenshots of the same element. */
export function changedPixelShare(before: PNG, after: PNG): number {
  expect([after.width, after.height]).toEqual([before.width, before.height]);
  let changed = 0;
  for (let i = 0; i < before.data.length; i += 4) {
    const delta = Math.abs(before.data[i]! - after.data[i]!) + Math.abs(before.data[i + 1]! - after.data[i + 1]!) + Math.abs(before.data[i + 2]! - after.data[i + 2]!);
    if (delta > 48) changed++;
  }
  return changed / (before.data.length / 4);
}
