import { expect, test as base, type Page } from "@playwright/test";
import {
  ADMIN,
  changedPixelShare,
  layerRow,
  mapHash,
  mutate,
  openOperatingPicture,
  query,
  screenPoint,
  screenshotPixels,
  settle,
  signIn,
  signInRequest,
  toggleAndCompare,
} from "./map-page";
import { MATATUS, SERVICE_REQUESTS, serviceName, startOutsideFeeds, type OutsideFeeds } from "./outside-feeds";

/** Between Westlands, Parklands and the CBD, where the matatus run and the requests were made. */
const VIEW = { lon: 36.812, lat: -1.275 };
const ZOOM = 14;
/**
 * Five matatus, or three requests, are 200-250 of the 680 000 pixels beside the panel (about
 * 0.0003); half of that says they are drawn, and nothing else on this map changes meanwhile.
 */
const DRAWN_SHARE = 0.00015;

type Feeds = OutsideFeeds & { matatus: { id: string; name: string }; requests: { id: string; name: string } };

/**
 * The outside systems, and the two feeds the command center's admin registers for them (ids of
 * their own each run, so a retry registers anew): the requests here through the API, the matatus
 * in the test through the feeds page's form. Afterwards the feeds are switched off and the
 * systems stop, so later specs see no failing feeds.
 */
const test = base.extend<{ feeds: Feeds }>({
  // The fixture's callback is named `provide`, not `use`: React's hook rules would take it for a hook.
  feeds: async ({ request }, provide) => {
    const outside = await startOutsideFeeds();
    const run = Date.now().toString(36);
    const matatus = { id: `e2e-matatus-${run}`, name: `Matatu operator ${run} (GTFS-Realtime)` };
    const requests = { id: `e2e-requests-${run}`, name: `County service requests ${run} (Open311)` };
    await signInRequest(request, ADMIN);
    // The requests are polled every 2 s, so that closing them shows quickly.
    await mutate(request, "feeds.create", { ...requests, agencyId: "city", type: "open311", endpoint: outside.open311Url, intervalS: 2 });
    await provide({ ...outside, matatus, requests });
    for (const { id } of [matatus, requests]) await mutate(request, "feeds.setEnabled", { id, enabled: false });
    await outside.close();
  },
});

/** One feed's cell in the admin's feeds table, found by the column's heading. */
async function feedCell(page: Page, feedName: string, column: string) {
  const columns = await page.getByRole("columnheader").allTextContents();
  return page.getByRole("row").filter({ hasText: feedName }).getByRole("cell").nth(columns.indexOf(column));
}

async function expectHealthy(page: Page, feedName: string) {
  await expect(await feedCell(page, feedName, "Health")).toHaveText("Healthy");
  const perMinute = await feedCell(page, feedName, "Messages/min");
  await expect.poll(async () => Number(await perMinute.textContent()), { message: `${feedName}: messages per minute` }).toBeGreaterThan(0);
  await expect(page.getByRole("row").filter({ hasText: feedName }).getByRole("button", { name: "Dead letters (0)" })).toBeVisible();
}

test.describe("outside feeds registered by the admin", () => {
  test("put matatus (GTFS-Realtime) and service requests (Open311) on the operating picture", async ({ page, browser, feeds }) => {
    test.slow();
    const admin = await browser.newPage();
    await signIn(admin, ADMIN);
    await admin.goto("/admin/feeds");
    // The matatu feed is registered switched off, for the transit agency, then started from the
    // list. It runs every 10 s, as operators' feeds do (each batch redraws the map, dear in
    // software WebGL).
    await admin.getByRole("button", { name: "Add a feed" }).click();
    const form = admin.getByRole("form", { name: "Add a feed" });
    await form.getByLabel("Id").fill(feeds.matatus.id);
    await form.getByLabel("Type").selectOption("gtfs_rt");
    await form.getByLabel("Owning agency").selectOption("transit");
    await form.getByLabel("Name").fill(feeds.matatus.name);
    await form.getByLabel("Endpoint").fill("vehicle-positions");
    await form.getByLabel("Interval (s)").fill("10");
    await form.getByRole("switch", { name: "Enabled" }).click();
    // The server's verdict on the endpoint is said beside the form, which keeps what was typed.
    await form.getByRole("button", { name: "Add feed" }).click();
    await expect(form.getByRole("alert")).toHaveText(/"vehicle-positions" is neither an http\(s\) URL nor a path of this app/);
    await form.getByLabel("Endpoint").fill(feeds.vehiclePositionsUrl);
    await form.getByRole("button", { name: "Add feed" }).click();
    await expect(admin.getByRole("status")).toHaveText(`Feed “${feeds.matatus.name}” registered.`);
    await expect(await feedCell(admin, feeds.matatus.name, "Health")).toHaveText("Disabled");
    expect(await query(admin.request, "feeds.list")).toContainEqual(expect.objectContaining({ id: feeds.matatus.id, agencyId: "transit", type: "gtfs_rt", intervalS: 10, enabled: false }));
    await admin.getByRole("switch", { name: `${feeds.matatus.name} enabled` }).click();
    await expectHealthy(admin, feeds.matatus.name);
    await expectHealthy(admin, feeds.requests.name);

    const map = await openOperatingPicture(page, `/?layers=matatus,requests,labels${mapHash(VIEW, ZOOM)}`);
    const open = SERVICE_REQUESTS.filter((request) => request.open);
    await expect(layerRow(page, "Matatus").getByText(String(MATATUS.length), { exact: true })).toBeVisible();
    await expect(layerRow(page, "Matatus").locator("[data-freshness]")).toHaveAttribute("data-freshness", "fresh");
    // The request the county had already closed is not on the map.
    await expect(layerRow(page, "Service requests").getByText(String(open.length), { exact: true })).toBeVisible();
    await settle(page);

    for (const [label, layerId] of [
      ["Matatus", "matatus"],
      ["Service requests", "service-requests"],
    ] as const) {
      expect(await toggleAndCompare(page, label, layerId), `${label} switched off`).toBeGreaterThan(DRAWN_SHARE);
      expect(await toggleAndCompare(page, label, layerId), `${label} switched on`).toBeGreaterThan(DRAWN_SHARE);
    }
    // Coloured by route, the matatus change colour: without route ids they would stay the grey
    // of "no route". (Their tooltips below name the seeded routes the ids stand for.)
    const byDelay = await screenshotPixels(map);
    await page.getByRole("combobox", { name: "Colour" }).selectOption("By route");
    await settle(page);
    expect(changedPixelShare(byDelay, await screenshotPixels(map)), "matatus recoloured by route").toBeGreaterThan(DRAWN_SHARE);

    // Hovered where the feeds put them, each says what it is.
    const tooltip = page.locator(".deck-tooltip");
    const matatu = MATATUS[0]!;
    const onMatatu = await screenPoint(map, VIEW, ZOOM, matatu);
    await page.mouse.move(onMatatu.x, onMatatu.y);
    await expect(tooltip).toContainText(`Matatu ${matatu.plate} · ${matatu.route}`);
    const request = open[0]!;
    const onRequest = await screenPoint(map, VIEW, ZOOM, request);
    await page.mouse.move(onRequest.x, onRequest.y);
    await expect(tooltip).toContainText(serviceName(request.code));
    await expect(tooltip).toContainText(request.address);

    // Once the county closes its requests, the next poll takes them off the map.
    feeds.closeAllRequests();
    await expect
      .poll(async () => (await query<{ address: string | null }[]>(page.request, "map.workOrders")).filter((row) => open.some((r) => r.address === row.address)), {
        message: "requests closed at the source are still open on the map",
      })
      .toEqual([]);
    await admin.close();
  });
});
