import { expect, type APIRequestContext, type Page } from "@playwright/test";
import superjson from "superjson";
import { signIn } from "../map/map-page";

/** Demo dispatchers (DEMO_MODE=on in playwright.config.ts): the command center's and the ambulance service's. */
export const CITY_DISPATCHER = { email: "dispatcher@city.demo", password: "citydeck-demo" };
export const AMBULANCE_DISPATCHER = { email: "dispatcher@ambulance.demo", password: "citydeck-demo" };

/** Opens the console signed in, once its lists are live and the map has drawn. */
export async function openDispatch(page: Page, account = CITY_DISPATCHER) {
  await signIn(page, account);
  await page.goto("/dispatch");
  await expect(page.getByRole("heading", { name: "Dispatch", exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("region", { name: "Dispatch map" })).toHaveAttribute("data-map-idle", "true", { timeout: 60_000 });
}

/** Calls a tRPC procedure with the page's session, as the console itself would. */
export async function trpc<T>(request: APIRequestContext, path: string, input: unknown, kind: "query" | "mutation" = "mutation"): Promise<T> {
  const body = superjson.serialize(input);
  const response =
    kind === "mutation"
      ? await request.post(`/api/trpc/${path}`, { data: body })
      : await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(body))}`);
  expect(response.ok(), await response.text()).toBe(true);
  const { result } = (await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
  return superjson.deserialize(result.data);
}

/** Counts every key the test presses, so the run can say how many a call took. */
export class KeyCounter {
  presses = 0;
  constructor(private readonly page: Page) {}
  async press(key: string) {
    this.presses++;
    await this.page.keyboard.press(key);
  }
  async type(text: string) {
    this.presses += text.length;
    await this.page.keyboard.type(text, { delay: 20 });
  }
}
