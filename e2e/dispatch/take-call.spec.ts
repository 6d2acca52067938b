import { expect, test } from "@playwright/test";
import { settle, signIn } from "../map/map-page";
import { AMBULANCE_DISPATCHER, CITY_DISPATCHER, KeyCounter, openDispatch, trpc } from "./dispatch-page";

type Unit = { id: string; status: string; incidentId: string | null };
type Incident = { id: string; title: string };

test.describe("dispatch console", () => {
  test("a dispatcher takes a call and sends the recommended unit with the keyboard alone", async ({ page }) => {
    await openDispatch(page);
    const keys = new KeyCounter(page);
    const started = Date.now();

    await keys.press("n");
    const form = page.getByRole("form", { name: "New call" });
    const place = form.getByRole("combobox", { name: "Search places" });
    await expect(place).toBeFocused();
    await keys.type("Kencom");
    await expect(page.getByRole("listbox", { name: "Places" }).getByRole("option").first()).toContainText(/kencom/i);
    await keys.press("Enter");
    await expect(form.getByRole("combobox", { name: "Type", exact: true })).toBeFocused();
    await keys.press("m");
    await expect(form.getByRole("combobox", { name: "Priority" })).toHaveValue("1");
    await keys.press("Tab");
    await keys.press("Tab");
    await keys.type("Wanjiru Kamau");
    await keys.press("Tab");
    await keys.type("+254712345678");
    await keys.press("Enter");

    const recommended = page.getByRole("button", { name: /^Assign AMB-\d+: closest available ambulance, [\d.]+ km .*ETA \d+ min$/ });
    await expect(recommended).toBeFocused();
    const unitId = (await recommended.getAttribute("aria-label"))!.match(/AMB-\d+/)![0];
    await keys.press("Enter");
    const assigned = page.getByRole("region", { name: "Assigned units" });
    await expect(assigned).toContainText(unitId);
    await expect(assigned).toContainText("Dispatched");
    const elapsedS = (Date.now() - started) / 1000;
    console.log(`Keyboard-only call, answer to dispatch: ${keys.presses} key presses in ${elapsedS.toFixed(1)} s`);
    test.info().annotations.push({ type: "keyboard", description: `${keys.presses} key presses, ${elapsedS.toFixed(1)} s` });

    // The unit board and the map follow by themselves; the database agrees.
    await expect(page.getByRole("region", { name: "Dispatched units" }).getByText(unitId, { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "Dispatch map" })).toHaveAttribute("data-visible-layers", /\bunits\b.*\bincidents\b/);
    await expect(page.getByRole("region", { name: "Dispatch map" })).toHaveAttribute("data-visible-layers", /\bunit-routes\b/);
    const units = await trpc<Unit[]>(page.request, "units.list", {}, "query");
    const unit = units.find((u) => u.id === unitId)!;
    expect(unit.status).toBe("dispatched");
    const timeline = await trpc<{ incident: { status: string; callerName: string; priority: number }; events: { kind: string }[] }>(
      page.request,
      "incidents.timeline",
      { id: unit.incidentId },
      "query",
    );
    expect(timeline.incident).toMatchObject({ status: "dispatched", callerName: "Wanjiru Kamau", priority: 1 });
    expect(timeline.events.map((e) => e.kind)).toEqual(["created", "unit_assigned", "status_changed"]);
    await settle(page);
    await page.screenshot({ path: "docs/screenshots/dispatch.png" });

    // The timeline prints from its own page, every entry with who and when.
    const printable = await page.context().newPage();
    await printable.goto(`/dispatch/incidents/${unit.incidentId}/timeline`);
    const entries = printable.getByRole("list", { name: "Timeline" }).getByRole("listitem");
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(1)).toContainText(`${unitId} assigned (recommended)`);
    await expect(entries.nth(1)).toContainText("dispatcher@city.demo (dispatcher)");
    await printable.emulateMedia({ media: "print" });
    await printable.screenshot({ path: "test-results/dispatch-timeline-print.png" });
  });

  test("a second dispatcher assigning the same unit is told who was faster", async ({ browser }) => {
    const [first, second] = await Promise.all([browser.newPage(), browser.newPage()]);
    await openDispatch(first, CITY_DISPATCHER);
    // Two calls from the same street in Karen: both consoles recommend the same ambulance.
    const calls = [];
    for (const caller of ["First caller", "Second caller"]) {
      calls.push(await trpc<Incident>(first.request, "incidents.create", { type: "medical", priority: 2, lon: 36.7125, lat: -1.3225, address: `Karen Road (${caller})`, callerName: caller }));
    }
    await openDispatch(second, AMBULANCE_DISPATCHER);

    const recommendedOn = async (page: typeof first, incident: Incident) => {
      await page.getByRole("navigation", { name: "Call queue" }).getByRole("button", { name: incident.title }).click();
      const button = page.getByRole("button", { name: /^Assign AMB-\d+: closest available ambulance/ });
      await expect(button).toBeFocused();
      return (await button.getAttribute("aria-label"))!.match(/AMB-\d+/)![0];
    };
    const unitOnFirst = await recommendedOn(first, calls[0]!);
    const unitOnSecond = await recommendedOn(second, calls[1]!);
    expect(unitOnSecond).toBe(unitOnFirst);

    // Both press Enter at the same moment: exactly one gets the unit, the other is told by whom.
    await Promise.all([first.keyboard.press("Enter"), second.keyboard.press("Enter")]);
    const conflict = (page: typeof first) => page.getByRole("alert").filter({ hasText: `Unit ${unitOnFirst} was just assigned to another incident by` });
    await expect.poll(async () => (await conflict(first).count()) + (await conflict(second).count())).toBe(1);
    const [loser, winner, winnerEmail] = (await conflict(first).isVisible()) ? [first, second, AMBULANCE_DISPATCHER.email] : [second, first, CITY_DISPATCHER.email];
    await expect(conflict(loser)).toHaveText(`Unit ${unitOnFirst} was just assigned to another incident by ${winnerEmail} (dispatcher). Pick another unit.`);
    await expect(winner.getByRole("region", { name: "Assigned units" })).toContainText(unitOnFirst);
    await expect(loser.getByRole("region", { name: "Assigned units" })).toHaveCount(0);
    await expect(conflict(winner)).toHaveCount(0);
  });

  test("an incoming call picked from the queue is merged into the incident it repeats", async ({ page }) => {
    await signIn(page, CITY_DISPATCHER);
    const place = { type: "fire", priority: 2, lon: 36.85, lat: -1.3 };
    const original = await trpc<Incident>(page.request, "incidents.create", { ...place, address: "Enterprise Road", callerName: "Achieng" });
    const repeat = await trpc<Incident>(page.request, "incidents.create", { ...place, lon: 36.8505, address: "Enterprise Road, by the depot", callerName: "Mutua" });
    await openDispatch(page);

    // J walks the queue, most urgent and longest waiting first.
    const panel = page.getByRole("complementary", { name: "Work area" });
    for (let i = 0; i < 10 && !(await panel.getByRole("article", { name: `Incident: ${repeat.title}` }).isVisible()); i++) {
      await page.keyboard.press("j");
    }
    const duplicates = panel.getByRole("region", { name: "Possible duplicates" });
    await expect(duplicates).toContainText(original.title);
    await duplicates.getByRole("button", { name: "Link call" }).click();

    await expect(panel.getByRole("article", { name: `Incident: ${original.title}` })).toBeVisible();
    await expect(panel.getByRole("list", { name: "Timeline" })).toContainText("Further call linked: Mutua");
    await expect(page.getByRole("navigation", { name: "Call queue" }).getByRole("button", { name: repeat.title })).toHaveCount(0);
  });

  test("a new P1 call raises a pop-up on every other console", async ({ page }) => {
    await openDispatch(page);
    const call = await trpc<Incident>(page.request, "incidents.create", { type: "fire", priority: 1, lon: 36.8285, lat: -1.283, address: "Tom Mboya Street" });
    const alert = page.getByRole("alertdialog", { name: `New P1 call: ${call.title}` });
    await expect(alert).toBeVisible();
    await alert.getByRole("button", { name: "Open" }).click();
    await expect(page.getByRole("article", { name: `Incident: ${call.title}` })).toBeVisible();
  });
});
