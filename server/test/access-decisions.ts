import { latLngToCell } from "h3-js";
import { ROLES, type Role } from "@/lib/domain/access";
import { appRouter } from "@/server/api/root";
import type { Database } from "@/db/client";
import { setRunningSimulator } from "@/server/simulator/registry";
import type { Simulator } from "@/server/simulator/simulator";
import { incidents } from "@/db/schema";
import { createApiToken } from "@/server/services/access/manage-api-tokens";
import { createSharingGrant } from "@/server/services/access/manage-sharing-grants";
import { insertFeed } from "@/server/ingest/testing/ingest-fixtures";
import { insertEditableRule, insertOpenAlert, insertSensor } from "@/server/rules/testing/rule-fixtures";
import { insertAssignedUnit, insertIncident, insertUnit } from "./dispatch-fixtures";
import { contextFor, insertAgency, insertUser, TEST_PASSWORD, type callerFor } from "./fixtures";

/**
 * The access decision for EVERY procedure of the router. A procedure missing here fails the
 * suite, so nothing ships without someone deciding who may call it.
 */
export type Fixtures = {
  probeEmail: string;
  probeUserId: string;
  targetUserId: string;
  newTokenId: () => Promise<string>;
  newGrantId: () => Promise<string>;
  /** Dispatch records of the callers' agency (police), fresh for every call. */
  newIncident: () => Promise<{ id: string; version: number }>;
  newUnit: () => Promise<{ id: string; version: number }>;
  newAssignedUnit: () => Promise<{ unit: { id: string; version: number }; incident: { id: string } }>;
  /** A fresh P1 incident of the police agency (something a wall would be interrupted by). */
  newP1IncidentId: () => Promise<string>;
  /** A fresh open alert, and a fresh rule (as the editor sends it back), of the police agency. */
  newAlertId: () => Promise<string>;
  newRule: () => ReturnType<typeof insertEditableRule>;
  /** A fresh feed of the police agency. */
  newFeedId: () => Promise<string>;
  /** A sensor of the police agency. */
  sensorId: string;
};
export type Decision = {
  minimum: "public" | Role;
  input?: (f: Fixtures, n: number) => unknown | Promise<unknown>;
  /** Acts on one record of the caller's agency: an admin of another agency must be refused too. */
  ownedRecord?: boolean;
};

export const decisions: Record<string, Decision> = {
  "auth.signIn": { minimum: "public", input: (f) => ({ email: f.probeEmail, password: TEST_PASSWORD }) },
  "auth.signOut": { minimum: "viewer" },
  "auth.me": { minimum: "public" },
  "auth.demoLogins": { minimum: "public" },
  "agencies.list": { minimum: "viewer" },
  "users.list": { minimum: "admin" },
  "users.create": { minimum: "admin", input: (_f, n) => ({ email: `new-${n}@police.test`, name: "New", role: "viewer", password: "a long enough password" }) },
  "users.update": { minimum: "admin", ownedRecord: true, input: (f, n) => ({ userId: f.targetUserId, role: n % 2 ? "viewer" : "operator" }) },
  "apiTokens.list": { minimum: "admin" },
  "apiTokens.create": { minimum: "admin", input: (_f, n) => ({ kind: "integration", name: `token ${n}`, scopes: ["ingest:senml"] }) },
  "apiTokens.revoke": { minimum: "admin", ownedRecord: true, input: async (f) => ({ id: await f.newTokenId() }) },
  "sharing.list": { minimum: "admin" },
  "sharing.grant": { minimum: "admin", input: (_f, n) => ({ granteeAgencyId: "fire", domain: ["incidents", "units", "sensors", "feeds", "alerts", "transit"][n % 6] }) },
  "sharing.revoke": { minimum: "admin", ownedRecord: true, input: async (f) => ({ id: await f.newGrantId() }) },
  "audit.search": { minimum: "supervisor", input: () => ({}) },
  "places.wards": { minimum: "viewer" },
  "incidents.list": { minimum: "viewer", input: () => ({}) },
  "units.list": { minimum: "viewer" },
  "transit.routes": { minimum: "viewer" },
  "sensors.list": { minimum: "viewer" },
  "sensors.get": { minimum: "viewer", input: (f) => ({ id: f.sensorId }) },
  "live.cursor": { minimum: "viewer" },
  "live.onChange": { minimum: "viewer", input: () => ({ topics: ["incidents"] }) },
  "incidents.timeline": { minimum: "viewer", input: async (f) => ({ id: (await f.newIncident()).id }) },
  "incidents.create": { minimum: "dispatcher", input: (_f, n) => ({ type: "crime", priority: 2, lon: 36.82, lat: -1.28, address: `Test street ${n}` }) },
  "incidents.updateDetails": {
    minimum: "dispatcher",
    ownedRecord: true,
    input: async (f) => ({ ...incidentRef(await f.newIncident()), type: "fire", priority: 1, lon: 36.83, lat: -1.29, callerName: "Caller" }),
  },
  "incidents.setStatus": { minimum: "dispatcher", ownedRecord: true, input: async (f) => ({ ...incidentRef(await f.newIncident()), status: "cleared", note: "Handled on the phone" }) },
  "incidents.addNote": { minimum: "operator", ownedRecord: true, input: async (f) => ({ id: (await f.newIncident()).id, text: "Caller rang back" }) },
  "incidents.linkCall": { minimum: "dispatcher", ownedRecord: true, input: async (f) => ({ id: (await f.newIncident()).id, callerName: "Second caller" }) },
  "incidents.assignUnit": {
    minimum: "dispatcher",
    ownedRecord: true,
    input: async (f) => ({ incidentId: (await f.newIncident()).id, unitId: (await f.newUnit()).id, recommendedUnitId: null }),
  },
  "incidents.releaseUnit": {
    minimum: "dispatcher",
    ownedRecord: true,
    input: async (f) => {
      const { unit, incident } = await f.newAssignedUnit();
      return { incidentId: incident.id, unitId: unit.id };
    },
  },
  "units.setStatus": { minimum: "dispatcher", ownedRecord: true, input: async (f) => ({ ...unitRef(await f.newUnit()), status: "out_of_service" }) },
  "units.reassign": {
    minimum: "dispatcher",
    ownedRecord: true,
    input: async (f) => ({ ...unitRef((await f.newAssignedUnit()).unit), toIncidentId: (await f.newIncident()).id }),
  },
  "dispatch.searchPlaces": { minimum: "viewer", input: () => ({ text: "moi" }) },
  "dispatch.findDuplicates": { minimum: "viewer", input: () => ({ type: "fire", lon: 36.82, lat: -1.28 }) },
  "dispatch.recommend": { minimum: "dispatcher", input: async (f) => ({ incidentId: (await f.newIncident()).id }) },
  "dispatch.targets": { minimum: "viewer" },
  "kpis.emergency": { minimum: "viewer" },
  "kpis.transport": { minimum: "viewer" },
  "kpis.environment": { minimum: "viewer" },
  "kpis.utilities": { minimum: "viewer" },
  "kpis.feedHealth": { minimum: "viewer" },
  "wallboard.settings": { minimum: "viewer" },
  "wallboard.savePlaylist": { minimum: "supervisor", input: (_f, n) => ({ entries: [{ panel: "emergency", dwellS: 10 + (n % 50) }] }) },
  "wallboard.interrupts": { minimum: "viewer" },
  "wallboard.acknowledgeInterrupt": { minimum: "dispatcher", ownedRecord: true, input: async (f) => ({ kind: "incident", id: await f.newP1IncidentId() }) },
  "map.incidentDensity": { minimum: "viewer", input: () => ({ window: "all" }) },
  "map.wardMetrics": { minimum: "viewer", input: (_f, n) => ({ metric: ["openIncidents", "worstAqi", "lightsOut", "requestsBacklog"][n % 4] }) },
  "map.sensorHistory": { minimum: "viewer", input: () => ({ sensorId: "air-quality-probe", range: "1h" }) },
  "map.sensorAlerts": { minimum: "viewer", input: () => ({ sensorId: "air-quality-probe" }) },
  "map.vehicles": { minimum: "viewer" },
  "map.workOrders": { minimum: "viewer" },
  "map.alertAreas": { minimum: "viewer" },
  "map.trafficRoads": { minimum: "viewer" },
  "map.unitRoutes": { minimum: "viewer" },
  "alerts.list": { minimum: "viewer", input: () => ({}) },
  "alerts.acknowledge": { minimum: "operator", ownedRecord: true, input: async (f) => ({ id: await f.newAlertId(), comment: "Crew on the way" }) },
  "alerts.resolve": { minimum: "operator", ownedRecord: true, input: async (f) => ({ id: await f.newAlertId(), reason: "Gauge recalibrated" }) },
  "alerts.escalate": { minimum: "dispatcher", ownedRecord: true, input: async (f) => ({ id: await f.newAlertId() }) },
  "alerts.mutes": { minimum: "viewer" },
  "alerts.setMute": { minimum: "viewer", input: (_f, n) => ({ categoryKind: "alert_kind", category: ["threshold", "silence", "cap"][n % 3], muted: n % 2 === 0 }) },
  "alerts.capFeedAccess": { minimum: "admin" },
  "alerts.setCapFeedAccess": { minimum: "admin", input: (_f, n) => ({ access: ["public", "token", "off"][n % 3] }) },
  "rules.list": { minimum: "supervisor" },
  "rules.create": { minimum: "supervisor", input: (_f, n) => ({ name: `Feeds silent ${n}`, severity: "moderate", kind: "silence", params: { subject: "feed", multiple: 3 } }) },
  "rules.update": { minimum: "supervisor", ownedRecord: true, input: (f) => f.newRule() },
  "rules.setEnabled": { minimum: "supervisor", ownedRecord: true, input: async (f) => ({ id: (await f.newRule()).id, enabled: false }) },
  "rules.preview": {
    minimum: "supervisor",
    input: () => ({ severity: "moderate", kind: "threshold", params: { sensorKind: "air_quality", direction: "above", limit: { value: 55.4 }, forMinutes: 30 } }),
  },
  "feeds.list": { minimum: "viewer" },
  "drills.list": { minimum: "supervisor" },
  "drills.start": { minimum: "supervisor", input: () => ({ name: "embakasi-outage" }) },
  "feeds.rejects": { minimum: "supervisor", ownedRecord: true, input: async (f) => ({ feedId: await f.newFeedId() }) },
  "feeds.create": { minimum: "supervisor", input: (_f, n) => ({ id: `new-feed-${n}`, type: "cap", name: "Warnings", endpoint: "/cap.atom", intervalS: 60 }) },
  "feeds.update": { minimum: "supervisor", ownedRecord: true, input: async (f, n) => ({ id: await f.newFeedId(), intervalS: 30 + n }) },
  "feeds.setEnabled": { minimum: "supervisor", ownedRecord: true, input: async (f, n) => ({ id: await f.newFeedId(), enabled: n % 2 === 0 }) },
};

const incidentRef = ({ id, version }: { id: string; version: number }) => ({ id, version });
const unitRef = (unit: { id: string; version: number }) => ({ unitId: unit.id, version: unit.version });

export const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>;
const rank = (role: Role) => ROLES.length - ROLES.indexOf(role);
export const allows = (decision: Decision, role: Role | null) =>
  decision.minimum === "public" || (role !== null && rank(role) >= rank(decision.minimum));

export type Caller = Awaited<ReturnType<typeof callerFor>>;
export async function invoke(caller: Caller, path: string, input: unknown) {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (i: unknown) => Promise<unknown>;
  const result = await fn(input);
  // A subscription is refused before it yields; close an allowed one at once.
  if (result && typeof result === "object" && Symbol.asyncIterator in result) await (result as AsyncGenerator).return?.(undefined);
  return result;
}


/** Agencies police (one user per role) and fire (an admin), a display token, and record factories. */
export async function setUpAccessFixtures(database: Database) {
  await insertAgency(database, "police", "police");
  await insertAgency(database, "fire", "fire");
  const users = {} as Record<Role, string>;
  for (const role of ROLES) users[role] = (await insertUser(database, "police", role)).id;
  const otherAdminId = (await insertUser(database, "fire", "admin")).id;
  const probe = await insertUser(database, "police", "viewer", "probe@police.test");
  const target = await insertUser(database, "police", "viewer", "target@police.test");
  const admin = (await contextFor(database, { userId: users.admin })).session!;
  const adminActor = { userId: users.admin, label: admin.label, agencyId: "police", sourceAddress: null };
  let n = 0;
  const displayTokenId = (await createApiToken(database.db, admin, adminActor, { kind: "display", name: "wall", scopes: [] })).id;
  const sensorId = "police-noise-01";
  await insertSensor(database, sensorId, { agencyId: "police", kind: "noise" });
  const fixtures: Fixtures = {
    probeEmail: probe.email,
    probeUserId: probe.id,
    targetUserId: target.id,
    newTokenId: async () => (await createApiToken(database.db, admin, adminActor, { kind: "integration", name: `t${n++}`, scopes: [] })).id,
    newGrantId: async () => {
      await insertAgency(database, `grantee-${++n}`, "water");
      return (await createSharingGrant(database.db, admin, adminActor, { granteeAgencyId: `grantee-${n}`, domain: "units" })).id;
    },
    newIncident: () => insertIncident(database.db, "police"),
    newUnit: () => insertUnit(database.db, "police"),
    newAssignedUnit: () => insertAssignedUnit(database.db, "police"),
    newP1IncidentId: async () => {
      const [lon, lat] = [36.82, -1.29];
      const values = { agencyId: "police", type: "medical", priority: 1, title: "Cardiac arrest", lon, lat, h3: latLngToCell(lat, lon, 9), source: "call", reportedAt: new Date() } as const;
      return (await database.db.insert(incidents).values(values).returning({ id: incidents.id }))[0]!.id;
    },
    newAlertId: () => insertOpenAlert(database.db, "police"),
    newRule: () => insertEditableRule(database.db, "police"),
    newFeedId: async () => (await insertFeed(database, `police-feed-${++n}`, "police", "cap")).id,
    sensorId,
  };
  // A stand-in for the simulator duty, which these tests do not run: drills start instantly.
  setRunningSimulator({ listDrills: () => [], startDrill: (name: string, now: Date) => ({ name, startedAt: now, endsAt: now }) } as unknown as Simulator);
  return { users, otherAdminId, displayTokenId, fixtures };
}
