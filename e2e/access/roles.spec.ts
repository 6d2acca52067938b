import { expect, test } from "@playwright/test";
import { signIn } from "../map/map-page";

const PASSWORD = "citydeck-demo";
const account = (role: string, agency = "police") => ({ email: `${role}@${agency}.demo`, password: PASSWORD });

test("an anonymous visitor is sent to sign in, and the API refuses city data", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
  const response = await page.request.get("/api/trpc/incidents.list?input=" + encodeURIComponent(JSON.stringify({ json: {} })));
  expect(response.status()).toBe(401);
});

test("signing in through the form opens the operating picture; a wrong password says so", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("dispatcher@police.demo");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Next.js keeps an empty route-announcer alert on every page: look inside the form.
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("That email and password do not match an active account.");

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The operating picture keeps its view in the query string.
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(\?.*)?$/);
  await expect(page.getByRole("banner")).toContainText("Dispatcher, National Police Service");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an admin manages the agency: users, tokens, sharing, audit and export", async ({ page }) => {
  await signIn(page, account("admin"));
  await page.goto("/admin");
  const tabs = page.getByRole("tablist", { name: "Administration" }).getByRole("tab");
  await expect(tabs).toHaveText(["Users", "Tokens", "Sharing", "Audit log", "Drills", "Export"]);

  const email = `analyst-${Date.now()}@police.test`;
  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Shift analyst");
  await form.getByLabel("Initial password").fill("a long enough password");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("cell", { name: email })).toBeVisible();

  await page.getByRole("tab", { name: "Audit log" }).click();
  await expect(page.getByRole("cell", { name: "users.create" }).first()).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/admin-audit.png" });
});

test("a supervisor reads the audit log but cannot administer users", async ({ page }) => {
  await signIn(page, account("supervisor"));
  await page.goto("/admin");
  await expect(page.getByRole("tablist", { name: "Administration" }).getByRole("tab")).toHaveText(["Audit log", "Drills"]);
  await expect(page.getByRole("button", { name: "Add user" })).toHaveCount(0);
});

for (const role of ["dispatcher", "operator", "viewer"]) {
  test(`a ${role} sees no administration, and a forced change through the API is refused`, async ({ page }) => {
    await signIn(page, account(role));
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Administration" })).toHaveCount(0);
    await page.goto("/admin");
    await expect(page.getByRole("main").getByRole("alert")).toContainText(`you are signed in as ${role}`);
    await expect(page.getByRole("button", { name: "Add user" })).toHaveCount(0);

    const forced = await page.request.post("/api/trpc/users.create", {
      data: { json: { email: `intruder-${role}@police.test`, name: "Intruder", role: "admin", password: "a long enough password" } },
    });
    expect(forced.status()).toBe(403);
    expect(await forced.text()).toContain("This needs the admin role or higher");
  });
}

test("a change request from another site is refused even with a valid session", async ({ page }) => {
  await signIn(page, account("admin"));
  const forged = await page.request.post("/api/trpc/users.create", {
    headers: { Origin: "http://evil.example" },
    data: { json: { email: "forged@police.test", name: "Forged", role: "admin", password: "a long enough password" } },
  });
  expect(forged.status()).toBe(403);
});

test("a display link opens a read-only kiosk session, and revoking it ends the session", async ({ page, browser }) => {
  await signIn(page, account("admin", "city"));
  const created = await page.request.post("/api/trpc/apiTokens.create", { data: { json: { kind: "display", name: "Wall 1", scopes: [] } } });
  const { result } = await created.json();
  const { secret, id } = result.data.json as { secret: string; id: string };

  const wall = await browser.newPage();
  await wall.goto(`/display/${secret}`);
  await expect(wall.getByRole("banner")).toContainText("display:Wall 1");
  await expect(wall.getByRole("button", { name: "Sign out" })).toHaveCount(0);

  await page.request.post("/api/trpc/apiTokens.revoke", { data: { json: { id } } });
  await wall.reload();
  await expect(wall).toHaveURL(/\/sign-in/);
  await wall.close();
});
