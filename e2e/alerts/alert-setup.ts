/**
 * What the alert specs need, made through the product's own doors: a rule created by a
 * supervisor over tRPC, an integration token from an admin, and readings pushed as SenML to
 * POST /api/ingest/senml (which answers once the reading is committed).
 */
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { trpc } from "../dispatch/dispatch-page";

export const demoAccount = (role: string, agency: string) => ({ email: `${role}@${agency}.demo`, password: "citydeck-demo" });

/** A browser page signed in as a demo account. */
export async function pageAs(browser: Browser, baseURL: string | undefined, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } })).newPage();
  const response = await page.request.post("/api/trpc/auth.signIn", { data: { json: account } });
  expect(response.ok(), await response.text()).toBe(true);
  return page;
}

export type Sensor = { id: string; name: string; agencyId: string };

export const airQualitySensors = (request: APIRequestContext) => trpc<Sensor[]>(request, "sensors.list", { kind: ["air_quality"] }, "query");

/**
 * A rule that fires on the first reading of one air-quality sensor above 55.4 µg/m³, as a severe
 * alert: `sensor`, or else the first one.
 */
export async function createSpikeRule(supervisor: APIRequestContext, name: string, sensor?: Sensor) {
  const watched = sensor ?? (await airQualitySensors(supervisor))[0]!;
  await trpc(supervisor, "rules.create", {
    name,
    severity: "severe",
    kind: "threshold",
    params: { sensorKind: "air_quality", sensorIds: [watched.id], direction: "above", limit: { value: 55.4 }, forMinutes: 0 },
  });
  return { sensor: watched, alertTitle: `${name}: ${watched.name}` };
}

/** An integration token that may push SenML (the command center's may push for every agency's sensors). */
export async function senmlToken(admin: APIRequestContext) {
  return (await trpc<{ secret: string }>(admin, "apiTokens.create", { kind: "integration", name: `e2e senml ${Date.now()}`, scopes: ["ingest:senml"] })).secret;
}

export async function pushReading(request: APIRequestContext, token: string, sensorId: string, value: number) {
  const response = await request.post("/api/ingest/senml", {
    headers: { authorization: `Bearer ${token}`, "content-type": "application/senml+json" },
    data: JSON.stringify([{ n: sensorId, v: value, t: Date.now() / 1000 }]),
  });
  expect(response.status(), await response.text()).toBe(202);
}
