import { expect, test } from "@playwright/test";
import { signIn } from "../map/map-page";
import { DEFAULT_PLAYLIST } from "@/lib/domain/wallboard";
import { acknowledgeAllInterrupts, savePlaylist, trpcGet } from "./city-data";
import { cityAccount, openWall, wallMain } from "./wall-page";

test("a supervisor sets the rotation in the settings form, and the wall follows it", async ({ page, browser }) => {
  await signIn(page, cityAccount("supervisor"));
  await savePlaylist(page.request, DEFAULT_PLAYLIST);
  await acknowledgeAllInterrupts(page.request);
  await page.goto("/wallboard/settings");
  const form = page.getByRole("form", { name: "Wall playlist" });
  for (const panel of ["City overview", "Environment", "Utilities"]) await form.getByRole("switch", { name: `Show ${panel}` }).click();
  await form.getByRole("button", { name: "Move Transport up" }).click();
  await form.getByLabel("Seconds on Transport").fill("5");
  await form.getByLabel("Seconds on Emergency").fill("5");
  await form.getByRole("button", { name: "Save playlist" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Saved.");
  const saved = await trpcGet<{ playlist: unknown }>(page.request, "wallboard.settings");
  expect(saved.playlist).toEqual([{ panel: "transport", dwellS: 5 }, { panel: "emergency", dwellS: 5 }]);

  const wall = await browser.newPage();
  await openWall(wall);
  await expect(wall.getByRole("list", { name: "Playlist" }).getByRole("listitem")).toHaveText(["Transport", "Emergency"]);
  await expect(wallMain(wall)).toHaveAttribute("data-panel", "transport");
  await expect(wallMain(wall)).toHaveAttribute("data-panel", "emergency", { timeout: 10_000 });
  await expect(wallMain(wall)).toHaveAttribute("data-panel", "transport", { timeout: 10_000 });
  await wall.close();
});

test("a viewer cannot change the playlist", async ({ page }) => {
  await signIn(page, cityAccount("viewer"));
  await page.goto("/wallboard/settings");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("needs the supervisor or admin role");
  const forced = await page.request.post("/api/trpc/wallboard.savePlaylist", { data: { json: { entries: [{ panel: "overview", dwellS: 10 }] } } });
  expect(forced.status()).toBe(403);
});

test("a display link opens the wallboard in kiosk mode, with no navigation", async ({ page, browser }) => {
  await signIn(page, { email: "admin@city.demo", password: cityAccount("viewer").password });
  const created = await page.request.post("/api/trpc/apiTokens.create", { data: { json: { kind: "display", name: "Lobby wall", scopes: [] } } });
  const { secret } = (await created.json()).result.data.json as { secret: string };
  const wall = await browser.newPage();
  await wall.goto(`/display/${secret}`);
  await expect(wall).toHaveURL(/\/wallboard$/);
  await expect(wallMain(wall)).toBeVisible();
  await expect(wall.getByRole("banner")).toContainText("display:Lobby wall");
  await expect(wall.getByRole("navigation")).toHaveCount(0);
  await expect(wall.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await wall.close();
});
