import { expect, test } from "@playwright/test";
import { acknowledgeAllInterrupts, acknowledgeInterrupt, createCall, savePlaylist, trpcGet } from "./city-data";
import { apiAs, interruptOverlay, openWall, wallMain } from "./wall-page";

const P1_FIRE = { type: "fire", priority: 1, lon: 36.8262, lat: -1.2838, address: "Tom Mboya Street", answeredSecondsAgo: 5 };

test.beforeEach(async ({ baseURL }) => {
  const supervisor = await apiAs(baseURL!, "supervisor");
  await savePlaylist(supervisor, [{ panel: "emergency", dwellS: 600 }]);
  await acknowledgeAllInterrupts(supervisor);
  await supervisor.dispose();
});

test("a new P1 takes the wall within seconds, says what and where, and gives the wall back once a dispatcher acknowledges it", async ({ page, baseURL }) => {
  const dispatcher = await apiAs(baseURL!, "dispatcher");
  await openWall(page);
  const created = Date.now();
  const incident = await createCall(dispatcher, P1_FIRE);
  const overlay = interruptOverlay(page);
  await expect(overlay).toBeVisible({ timeout: 10_000 });
  expect(Date.now() - created, "seconds from the call to the wall").toBeLessThan(10_000);
  await expect(overlay).toContainText("P1 · Fire");
  await expect(overlay).toContainText("Tom Mboya Street");
  await expect(overlay.getByRole("region", { name: "Where it is" })).toBeVisible();

  await acknowledgeInterrupt(dispatcher, incident.id);
  await expect(overlay).toBeHidden({ timeout: 10_000 });
  await expect(wallMain(page)).toHaveAttribute("data-panel", "emergency");
  // The database holds the acknowledgement and its audit entry; no wall is interrupted any more.
  expect(await trpcGet(dispatcher, "wallboard.interrupts")).toEqual([]);
  const supervisor = await apiAs(baseURL!, "supervisor");
  const audit = await trpcGet<{ items: { action: string; entityId: string }[] }>(supervisor, "audit.search", { text: incident.id });
  expect(audit.items).toContainEqual(expect.objectContaining({ action: "wallboard.acknowledgeInterrupt", entityId: incident.id }));
  await Promise.all([dispatcher.dispose(), supervisor.dispose()]);
});

test("left unacknowledged, an interrupt gives the wall back to the playlist after its hold", async ({ page, baseURL }) => {
  const dispatcher = await apiAs(baseURL!, "dispatcher");
  await page.clock.install();
  await openWall(page);
  const incident = await createCall(dispatcher, { ...P1_FIRE, address: "Haile Selassie Avenue" });
  const overlay = interruptOverlay(page);
  await expect(overlay).toContainText("Haile Selassie Avenue", { timeout: 10_000 });
  await expect(overlay).toContainText(/the playlist resumes in \d+ s/);
  await page.clock.fastForward("01:31");
  await expect(overlay).toBeHidden();
  await expect(wallMain(page)).toHaveAttribute("data-panel", "emergency");
  // Still open for the dispatchers: the wall only stopped showing it.
  expect(await trpcGet<{ id: string }[]>(dispatcher, "wallboard.interrupts")).toContainEqual(expect.objectContaining({ id: incident.id }));
  await acknowledgeInterrupt(dispatcher, incident.id);
  await dispatcher.dispose();
});
