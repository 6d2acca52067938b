import { expect, test } from "@playwright/test";
import { trpc } from "../dispatch/dispatch-page";
import { demoAccount, pageAs } from "./alert-setup";

type RuleRow = { name: string; enabled: boolean; kind: string; params: { sensorKind: string; forMinutes: number } };

test("a supervisor writes a rule with validation and a preview, saves it and switches it off", async ({ browser, baseURL }) => {
  const name = `E2E loud junctions ${Date.now().toString(36)}`;
  const page = await pageAs(browser, baseURL, demoAccount("supervisor", "environment"));
  await page.goto("/admin/rules");
  await expect(page.getByRole("row").filter({ hasText: "PM2.5 unhealthy for 30 minutes" })).toContainText("PM2.5 above 55.4 ug/m3 for 30 min");

  await page.getByRole("button", { name: "New rule" }).click();
  const form = page.getByRole("form", { name: "New rule" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Sensor kind").selectOption({ label: "Noise" });
  await form.getByLabel("Limit (dB)").fill("70");
  await form.getByLabel("For (minutes)").fill("-1");
  await expect(form.getByRole("list", { name: "Problems" })).toContainText("forMinutes");
  await expect(form.getByRole("button", { name: "Create rule" })).toBeDisabled();
  await form.getByLabel("For (minutes)").fill("5");
  await expect(form.getByRole("list", { name: "Problems" })).toHaveCount(0);

  await form.getByRole("button", { name: "Preview last 24 h" }).click();
  await expect(form.getByRole("region", { name: "Preview" }).getByRole("status")).toContainText(/Over the last 24 h this rule would have opened \d+ alerts? on \d+ of 30 sensors/);
  await form.getByRole("button", { name: "Create rule" }).click();

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Noise above 70 dB for 5 min");
  await row.getByRole("switch", { name: `Enabled: ${name}` }).click();
  await expect(row.getByRole("switch", { name: `Enabled: ${name}` })).not.toBeChecked();
  const stored = (await trpc<RuleRow[]>(page.request, "rules.list", undefined, "query")).find((r) => r.name === name);
  expect(stored).toMatchObject({ enabled: false, kind: "threshold", params: { sensorKind: "noise", forMinutes: 5 } });
});
