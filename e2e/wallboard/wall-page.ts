import { expect, request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "../map/map-page";

const PASSWORD = "citydeck-demo";
export const cityAccount = (role: "viewer" | "dispatcher" | "supervisor") => ({ email: `${role}@city.demo`, password: PASSWORD });

/** An API session of its own (the wall's browser keeps its own): a dispatcher's console, a supervisor's. */
export async function apiAs(baseURL: string, role: "dispatcher" | "supervisor"): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  const response = await api.post("/api/trpc/auth.signIn", { data: { json: cityAccount(role) } });
  expect(response.ok(), await response.text()).toBe(true);
  return api;
}

export const wallMain = (page: Page) => page.getByRole("main", { name: "City wallboard" });
export const tile = (page: Page, label: string) => page.getByRole("region", { name: label, exact: true });
export const interruptOverlay = (page: Page) => page.getByRole("alert", { name: "Priority interrupt" });

/** Opens the wall as the command center's viewer and waits until the current panel has its figures. */
export async function openWall(page: Page) {
  await signIn(page, cityAccount("viewer"));
  await page.goto("/wallboard");
  await expect(wallMain(page)).toBeVisible();
  await expect(page.getByRole("status", { name: "Connection" })).toHaveText("Live", { timeout: 30_000 });
}

/** The smallest font size (px) of any visible text on the wall outside the map's own attribution. */
export function smallestTextPx(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll("body *")]
      .filter((el) => !el.closest(".maplibregl-map") && el.getClientRects().length > 0 && getComputedStyle(el).visibility === "visible")
      .filter((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()))
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return Math.min(...sizes);
  });
}
