import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";

const DEMO_PASSWORD = "citydeck-demo";
/** A demo account of the city command center (DEMO_MODE=on in playwright.config.ts): it sees every agency. */
export const VIEWER = { email: "viewer@city.demo", password: DEMO_PASSWORD };
/** A command-center dispatcher: logs calls through the API as the dispatch console does. */
export const DISPATCHER = { email: "dispatcher@city.demo", password: DEMO_PASSWORD };

/** The command center's administrator: issues the integration tokens that push readings and alerts. */
export const ADMIN = { email: "admin@city.demo", password: DEMO_PASSWORD };

/** The side panel's width plus its margin (operating-picture.tsx): the map centres on what it leaves visible. */
export const PANEL_PX = 372;

/** Signs in through the API, as a user's browser would, so the page opens with a session cookie. */
export async function signIn(page: Page, account = VIEWER) {
  await signInRequest(page.request, account);
}

/** Signs an API client in (a request context keeps its own cookies, apart from any page's). */
export async function signInRequest(request: APIRequestContext, account: { email: string; password: string }) {
  const response = await request.post("/api/trpc/auth.signIn", { data: { json: account } });
  expect(response.ok(), await response.text()).toBe(true);
}

/** Calls a tRPC mutation over HTTP (superjson envelope) and returns its result. */
export async function mutate<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()).result.data.json as T;
}

/** Reads a tRPC query over HTTP. */
export async function query<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response = await request.get(`/api/trpc/${path}${search}`);
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()).result.data.json as T;
}

export interface CallInput {
  type: string;
  priority: number;
  lon: number;
  lat: number;
  address: string;
}

/** Logs a call as a dispatcher through the API (incidents.create), in a session of its own. */
export async function createIncident(request: APIRequestContext, call: CallInput) {
  await signInRequest(request, DISPATCHER);
  return mutate<{ id: string; title: string }>(request, "incidents.create", call);
}

/** A command-center integration token with `scopes`, issued by its admin through the API; returns the secret. */
export async function integrationToken(request: APIRequestContext, scopes: string[]): Promise<string> {
  await signInRequest(request, ADMIN);
  return (await mutate<{ secret: string }>(request, "apiTokens.create", { kind: "integration", name: `e2e map ${Date.now()}`, scopes })).secret;
}

/** The seeded feed CAP pushes are counted against (the command center has no CAP feed of its own). */
const CAP_FEED = "kmd-cap";

/** Pushes a SenML pack (scope ingest:senml) or a CAP alert (ingest:cap) as an outside system would. */
export async function push(request: APIRequestContext, endpoint: "senml" | "cap", token: string, body: string) {
  const [contentType, feed] = endpoint === "senml" ? ["application/senml+json", ""] : ["application/cap+xml", `?feed=${CAP_FEED}`];
  const response = await request.post(`/api/ingest/${endpoint}${feed}`, { headers: { authorization: `Bearer ${token}`, "content-type": contentType }, data: body });
  expect(response.status(), await response.text()).toBe(202);
}

/** A CAP 1.2 alert over `ring` ([lon, lat] pairs, closed), in force for a day from now. */
export function capAlert(identifier: string, headline: string, ring: [number, number][]) {
  const now = new Date();
  const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "+00:00");
  // CAP writes "lat,lon" pairs (STANDARDS.md): latitude first.
  const polygon = ring.map(([lon, lat]) => `${lat},${lon}`).join(" ");
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>${identifier}</identifier><sender>e2e@citydeck.test</sender><sent>${iso(now)}</sent>
  <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
  <info>
    <language>en-KE</language><category>Met</category><event>Flood</event>
    <urgency>Immediate</urgency><severity>Severe</severity><certainty>Observed</certainty>
    <expires>${iso(new Date(now.getTime() + 86_400_000))}</expires>
    <headline>${headline}</headline>
    <area><areaDesc>Mathare</areaDesc><polygon>${polygon}</polygon></area>
  </info>
</alert>`;
}

export const mapRegion = (page: Page) => page.getByRole("region", { name: "Map of Nairobi" });

/**
 * Opens the operating picture (at `path`, e.g. with a view in the query and hash) and waits
 * until the base map has loaded and the deck.gl layers have their data: labels (text and font
 * ready) and sensors (their count shows in the panel).
 */
export async function openOperatingPicture(page: Page, path = "/", account = VIEWER) {
  await signIn(page, account);
  await page.goto(path);
  const map = mapRegion(page);
  await expect(map).toHaveAttribute("data-map-idle", "true", { timeout: 60_000 });
  await expect(map).toHaveAttribute("data-visible-layers", /\blabels-ward\b/);
  await expect(layerRow(page, "Sensors")).toContainText(/\d+/);
  await settle(page);
  return map;
}

/** The panel's row for one layer: its switch, count, freshness and legend button. */
export const layerRow = (page: Page, label: string) => page.getByRole("listitem").filter({ has: page.getByRole("switch", { name: `${label} layer` }) });

/** `#map=zoom/lat/lon`, MapLibre's hash: opens the map there. */
export const mapHash = ({ lon, lat }: { lon: number; lat: number }, zoom: number) => `#map=${zoom}/${lat}/${lon}`;

/** Where the map's centre shows on screen: the middle of what the side panel leaves (no drawer open). */
export async function mapCentre(map: Locator): Promise<{ x: number; y: number }> {
  const box = (await map.boundingBox())!;
  return { x: box.x + PANEL_PX + (box.width - PANEL_PX) / 2, y: box.y + box.height / 2 };
}

/** MapLibre's world is 512 pixels wide at zoom 0. */
const WORLD_PX = 512;

/** Web Mercator, both axes 0..1 of the world. */
function mercator({ lon, lat }: { lon: number; lat: number }): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

/**
 * Where `point` shows on screen when the map was opened at `centre` and `zoom` (mapHash), worked
 * out here rather than asked of the page, so a layer drawn in the wrong place cannot pass.
 */
export async function screenPoint(map: Locator, centre: { lon: number; lat: number }, zoom: number, point: { lon: number; lat: number }) {
  const onScreen = await mapCentre(map);
  const worldPx = WORLD_PX * 2 ** zoom;
  const [fromX, fromY] = mercator(centre);
  const [toX, toY] = mercator(point);
  return { x: onScreen.x + (toX - fromX) * worldPx, y: onScreen.y + (toY - fromY) * worldPx };
}

/** Software WebGL draws a frame or two after the data arrives; give it a moment. */
export const settle = (page: Page) => page.waitForTimeout(1_500);

/** Switches a layer and returns the share of the map's pixels that changed. */
export async function toggleAndCompare(page: Page, label: string, layerId: string) {
  const map = mapRegion(page);
  const toggle = page.getByRole("switch", { name: `${label} layer` });
  const wasOn = await toggle.isChecked();
  const before = await screenshotPixels(map);
  await toggle.click();
  await expect(map).toHaveAttribute("data-visible-layers", wasOn ? new RegExp(`^(?!.*\\b${layerId}\\b)`) : new RegExp(`\\b${layerId}\\b`));
  await settle(page);
  return changedPixelShare(before, await screenshotPixels(map));
}

/**
 * The map as it shows beside the side panel. The panel lies over the map, and its own switches,
 * counts and options change when a layer is switched: counted, they would pass for the layer.
 */
export async function screenshotPixels(map: Locator): Promise<PNG> {
  const box = (await map.boundingBox())!;
  return PNG.sync.read(await map.page().screenshot({ clip: { x: box.x + PANEL_PX, y: box.y, width: box.width - PANEL_PX, height: box.height } }));
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
