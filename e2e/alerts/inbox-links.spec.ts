import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { trpc } from "../dispatch/dispatch-page";
import { openOperatingPicture } from "../map/map-page";
import { airQualitySensors, createSpikeRule, demoAccount, pageAs, pushReading, senmlToken, type Sensor } from "./alert-setup";

type AlertRow = { id: string; title: string; status: string };

const NOT_SHARED = "This alert does not exist or is not shared with your agency.";

/** What the server holds about one sensor, newest first, as the environment agency sees it. */
const alertsAbout = async (request: APIRequestContext, sensorId: string) =>
  (await trpc<{ items: AlertRow[] }>(request, "alerts.list", { subject: { kind: "sensor", id: sensorId } }, "query")).items;

const alertList = (page: Page) => page.getByRole("region", { name: "Alert list" });
const card = (page: Page, title: string) => alertList(page).getByRole("article", { name: title, exact: true });

/** Watches `sensor` with a fresh rule and pushes a reading over its limit: the alert it opens. */
async function openAlertAbout(supervisor: APIRequestContext, token: string, name: string, sensor: Sensor, value = 80) {
  const { alertTitle } = await createSpikeRule(supervisor, name, sensor);
  await pushReading(supervisor, token, sensor.id, value);
  await expect.poll(async () => (await alertsAbout(supervisor, sensor.id)).find((a) => a.title === alertTitle), { timeout: 15_000 }).toBeDefined();
  return (await alertsAbout(supervisor, sensor.id)).find((a) => a.title === alertTitle)!;
}

test("a sensor's drawer links to that sensor's alerts: every status, newest first, kept live", async ({ browser, baseURL, page }) => {
  const run = Date.now().toString(36);
  const supervisor = (await pageAs(browser, baseURL, demoAccount("supervisor", "environment"))).request;
  const token = await senmlToken((await pageAs(browser, baseURL, demoAccount("admin", "city"))).request);
  // Sensors from the end of the list: the other alert specs watch the first one.
  const sensors = await airQualitySensors(supervisor);
  const [sensor, elsewhere] = [sensors.at(-1)!, sensors.at(-2)!];

  // Its history: one alert a person resolved, one still open.
  const resolved = await openAlertAbout(supervisor, token, `E2E links earlier ${run}`, sensor);
  const open = await openAlertAbout(supervisor, token, `E2E links open ${run}`, sensor);
  await trpc(supervisor, "alerts.resolve", { id: resolved.id, reason: "Probe cleaned; false reading" });

  await openOperatingPicture(page, `/?select=sensor:${sensor.id}`, demoAccount("dispatcher", "environment"));
  await page.getByRole("complementary", { name: "Sensor details" }).getByRole("link", { name: "All of this sensor's alerts" }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/alerts" && url.searchParams.get("subject") === `sensor:${sensor.id}`);
  await expect(page.getByRole("heading", { name: `Alerts for sensor ${sensor.name}` })).toBeVisible();
  await expect(card(page, resolved.title)).toContainText("Resolved · Threshold");
  await expect(card(page, open.title)).toContainText("Open · Threshold");
  await expect(page.getByRole("form", { name: "Alert filters" })).toHaveCount(0);
  await expect(page.getByRole("status", { name: "Live updates: Live" })).toBeVisible({ timeout: 30_000 });

  // Live: another sensor's new alert stays out; a new one about this sensor joins on top. The
  // other one is committed first, so had it slipped through it would be on screen by then.
  const other = await openAlertAbout(supervisor, token, `E2E links elsewhere ${run}`, elsewhere);
  const latest = await openAlertAbout(supervisor, token, `E2E links latest ${run}`, sensor, 85);
  await expect(alertList(page).getByRole("article").first()).toHaveAccessibleName(latest.title);
  await expect(card(page, other.title)).toHaveCount(0);
  // The screen lists exactly what the server holds about the sensor, in its order.
  const held = await alertsAbout(supervisor, sensor.id);
  expect(held[0]?.id).toBe(latest.id);
  await expect(alertList(page).getByRole("article")).toHaveCount(held.length);
  await expect(alertList(page).getByRole("article")).toContainText(held.map((a) => a.title));
  await page.screenshot({ path: "artifacts/alerts/inbox-sensor-alerts.png", fullPage: true });

  // Back to the whole inbox: the filters return, the resolved alert leaves, the other sensor's shows.
  await page.getByRole("link", { name: "Show all alerts" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/alerts" && url.search === "");
  await expect(page.getByRole("heading", { name: /^Alerts for/ })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "Alert filters" })).toBeVisible();
  await expect(card(page, other.title)).toBeVisible();
  await expect(card(page, resolved.title)).toHaveCount(0);
});

test("an alert's drawer links to that one alert; it is not shown to an agency it is not shared with", async ({ browser, baseURL, page }) => {
  const run = Date.now().toString(36);
  const supervisor = (await pageAs(browser, baseURL, demoAccount("supervisor", "environment"))).request;
  const token = await senmlToken((await pageAs(browser, baseURL, demoAccount("admin", "city"))).request);
  const sensors = await airQualitySensors(supervisor);
  const alert = await openAlertAbout(supervisor, token, `E2E link one ${run}`, sensors.at(-3)!);
  const neighbour = await openAlertAbout(supervisor, token, `E2E link neighbour ${run}`, sensors.at(-4)!);

  await openOperatingPicture(page, `/?select=alert:${alert.id}`, demoAccount("dispatcher", "environment"));
  await page.getByRole("complementary", { name: "Alert details" }).getByRole("link", { name: "Acknowledge or resolve in alerts" }).click();

  await expect(page).toHaveURL((url) => url.pathname === "/alerts" && url.searchParams.get("alert") === alert.id);
  await expect(page.getByRole("heading", { name: "One alert, from a link" })).toBeVisible();
  await expect(alertList(page).getByRole("article")).toHaveCount(1);
  await expect(card(page, alert.title)).toContainText("Open · Threshold");
  await expect(page.getByRole("status", { name: "Live updates: Live" })).toBeVisible({ timeout: 30_000 });

  // Another alert changes first, then this one: only this one's change reaches the view.
  await trpc(supervisor, "alerts.acknowledge", { id: neighbour.id, comment: "Looking at the neighbour" });
  await trpc(supervisor, "alerts.acknowledge", { id: alert.id, comment: "Health team informed" });
  await expect(card(page, alert.title)).toContainText("Acknowledged · Threshold");
  await expect(card(page, alert.title)).toContainText("“Health team informed”");
  await expect(alertList(page).getByRole("article")).toHaveCount(1);
  await page.screenshot({ path: "artifacts/alerts/inbox-one-alert.png", fullPage: true });

  // The police do not see the environment agency's alerts: the link says so, and shows nothing of it.
  const police = await pageAs(browser, baseURL, demoAccount("viewer", "police"));
  await police.goto(`/alerts?alert=${alert.id}`);
  await expect(alertList(police)).toContainText(NOT_SHARED);
  await expect(police.getByRole("article")).toHaveCount(0);
  await expect(police.getByText(alert.title)).toHaveCount(0);
});

test("a link the inbox cannot honour says so plainly", async ({ browser, baseURL }) => {
  const page = await pageAs(browser, baseURL, demoAccount("viewer", "environment"));
  await page.goto(`/alerts?alert=${randomUUID()}`);
  await expect(alertList(page)).toContainText(NOT_SHARED);

  for (const [query, reason] of [
    ["subject=garbage", "This link does not name a subject the alert inbox knows."],
    ["subject=planet:mars", "This link does not name a subject the alert inbox knows."],
    ["alert=42", "This link does not name an alert: its alert id is not valid."],
  ] as const) {
    await page.goto(`/alerts?${query}`);
    await expect(page.getByRole("heading", { name: "This link cannot be opened" })).toBeVisible();
    await expect(page.getByText(reason)).toBeVisible();
    await expect(alertList(page)).toHaveCount(0);
  }
  await page.getByRole("link", { name: "Show all alerts" }).click();
  await expect(page.getByRole("form", { name: "Alert filters" })).toBeVisible();
});
