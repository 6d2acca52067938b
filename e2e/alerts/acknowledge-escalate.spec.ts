import { expect, test } from "@playwright/test";
import { parseCap } from "@/server/feeds/cap/parse-cap";
import { trpc } from "../dispatch/dispatch-page";
import { createSpikeRule, demoAccount, pageAs, pushReading, senmlToken } from "./alert-setup";

type AlertRow = { id: string; title: string; status: string; acknowledgedBy: string | null; acknowledgedComment: string | null; incidentId: string | null };
type IncidentPage = { items: { id: string; source: string; sourceRef: string | null; title: string }[] };

test("a reading over the limit reaches the inbox live; an operator acknowledges it and a dispatcher escalates it", async ({ browser, baseURL }) => {
  const run = Date.now().toString(36);
  const supervisor = await pageAs(browser, baseURL, demoAccount("supervisor", "environment"));
  const { sensor, alertTitle } = await createSpikeRule(supervisor.request, `E2E PM2.5 spike ${run}`);
  const token = await senmlToken((await pageAs(browser, baseURL, demoAccount("admin", "city"))).request);

  const operator = await pageAs(browser, baseURL, demoAccount("operator", "environment"));
  // Record the tones the toaster tries to play (headless Chromium has no speakers).
  await operator.addInitScript(() => {
    const played: string[] = [];
    (window as unknown as { playedTones: string[] }).playedTones = played;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.push(this.src);
      return Promise.resolve();
    };
  });
  await operator.goto("/alerts");
  await expect(operator.getByRole("status", { name: "Live updates: Live" })).toBeVisible({ timeout: 30_000 });

  // A reading under the limit first: the push route is warm, so the timing below is the pipeline's.
  await pushReading(operator.request, token, sensor.id, 20);
  await operator.waitForTimeout(1_500); // past the rules engine's pause between passes
  // Threshold crossing to screen: from the push request, and from its answer (the reading is committed by then).
  const card = operator.getByRole("article", { name: alertTitle });
  const onScreen = card.waitFor({ timeout: 15_000 }).then(() => Date.now());
  const sent = Date.now();
  await pushReading(operator.request, token, sensor.id, 80);
  const committed = Date.now();
  const shown = await onScreen;
  console.log(`[alerts e2e] threshold crossing to screen: ${shown - committed} ms after the commit was acknowledged, ${shown - sent} ms after the push was sent`);
  expect(shown - committed).toBeLessThan(5_000);

  await expect(card).toContainText("Reading 80 ug/m3, above the limit of 55.4 ug/m3.");
  const toast = operator.getByRole("region", { name: "Alert notifications" }).getByRole("alert").filter({ hasText: alertTitle });
  await expect(toast).toBeVisible();
  const [opened] = (await trpc<{ items: AlertRow[] }>(operator.request, "alerts.list", {}, "query")).items.filter((a) => a.title === alertTitle);
  await expect(toast.getByRole("link", { name: "Open this alert" })).toHaveAttribute("href", `/alerts?alert=${opened!.id}`);
  await expect.poll(() => operator.evaluate(() => (window as unknown as { playedTones: string[] }).playedTones)).toEqual([expect.stringMatching(/\/sounds\/alert-severe\.(ogg|wav)$/)]);

  await card.getByRole("button", { name: "Acknowledge" }).click();
  await card.getByLabel("What are you doing about it?").fill("Checking the Kilimani monitor; health team informed");
  await card.getByRole("form", { name: "Acknowledge" }).getByRole("button", { name: "Acknowledge" }).click();
  await expect(card).toContainText("Acknowledged · Threshold");
  await expect(card).toContainText("operator@environment.demo (operator): “Checking the Kilimani monitor; health team informed”");
  const [acknowledged] = (await trpc<{ items: AlertRow[] }>(operator.request, "alerts.list", { status: ["acknowledged"] }, "query")).items.filter((a) => a.title === alertTitle);
  expect(acknowledged).toMatchObject({ acknowledgedBy: "operator@environment.demo (operator)", acknowledgedComment: "Checking the Kilimani monitor; health team informed" });
  await expect(card.getByRole("button", { name: "Escalate to incident" })).toHaveCount(0); // operators do not dispatch

  const dispatcher = await pageAs(browser, baseURL, demoAccount("dispatcher", "environment"));
  await dispatcher.goto("/alerts");
  const dispatcherCard = dispatcher.getByRole("article", { name: alertTitle });
  await dispatcherCard.getByRole("button", { name: "Escalate to incident" }).click();
  await expect(dispatcherCard.getByRole("status")).toContainText("Incident created");
  await expect(dispatcherCard).toContainText("Escalated to an incident");
  await expect(operator.getByRole("article", { name: alertTitle })).toContainText("Escalated to an incident"); // live on the other console too

  const [escalated] = (await trpc<{ items: AlertRow[] }>(dispatcher.request, "alerts.list", {}, "query")).items.filter((a) => a.id === acknowledged!.id);
  const incidents = await trpc<IncidentPage>(dispatcher.request, "incidents.list", { active: true }, "query");
  expect(incidents.items.find((i) => i.id === escalated!.incidentId)).toMatchObject({ source: "sensor_alert", sourceRef: acknowledged!.id });

  // CAP out: the environment agency publishes its alerts; our own CAP parser reads the feed back.
  const admin = await pageAs(browser, baseURL, demoAccount("admin", "environment"));
  await trpc(admin.request, "alerts.setCapFeedAccess", { access: "public" });
  const feed = await (await browser.newContext({ baseURL })).request.get("/api/cap/alerts.atom?agency=environment");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const parsed = parseCap(await feed.text(), { now: new Date() });
  expect(parsed.rejections).toEqual([]);
  const published = parsed.records.find((record) => record.identifier.startsWith(`citydeck-alert-${acknowledged!.id}-v`));
  expect(published).toMatchObject({ sender: expect.stringMatching(/^environment@/), status: "Actual", msgType: "Update", scope: "Public" });
  expect(published!.references[0]!.identifier).toBe(`citydeck-alert-${acknowledged!.id}-v1`);
  expect(published!.info[0]).toMatchObject({ event: `E2E PM2.5 spike ${run}`, severity: "Severe", urgency: "Immediate", certainty: "Observed" });
  expect(published!.info[0]!.areas[0]!.circles).toHaveLength(1);
});
