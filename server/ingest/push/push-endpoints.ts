/**
 * The push endpoints (app/api/ingest/<name>/route.ts are one-liners over these).
 *
 * - POST /api/ingest/senml  (scope ingest:senml): a SenML JSON pack. Record names are sensor ids
 *   or "urn:dev:<agency>:<sensorId>[:<measurement>]" (see decode/senml-readings.ts).
 * - POST /api/ingest/cap    (scope ingest:cap): one CAP 1.2 alert, or an Atom/RSS feed embedding
 *   alerts (linked alerts are not fetched on push: embed them).
 * - POST /api/ingest/calls  (scope ingest:calls): emergency calls as JSON (decode/emergency-calls.ts).
 */
import { CAP_DEFAULT_MAX_BYTES, parseCap } from "@/server/feeds/cap/parse-cap";
import { excerptOf } from "@/server/feeds/parse-result";
import { parseSenml } from "@/server/feeds/senml/parse-senml";
import { CALLS_MAX_BYTES, parseEmergencyCalls } from "../decode/emergency-calls";
import { readingsFromNames } from "../decode/senml-readings";
import type { PushEndpoint } from "./receive-push";

const SENML_PUSH_MAX_BYTES = 1024 * 1024;

export const senmlPush: PushEndpoint = {
  scope: "ingest:senml",
  maxBytes: SENML_PUSH_MAX_BYTES,
  feedType: "http_senml",
  decode(body, caller, now) {
    const pack = parseSenml(body, { now });
    const readings = readingsFromNames(pack.records, caller.agencyId, caller.isCommand);
    return { items: readings.records, rejections: [...pack.rejections, ...readings.rejections] };
  },
};

export const capPush: PushEndpoint = {
  scope: "ingest:cap",
  maxBytes: CAP_DEFAULT_MAX_BYTES,
  feedType: "cap",
  decode(body, _caller, now) {
    const parsed = parseCap(body, { now });
    const unfetched = parsed.links.map((link) => ({ reason: "linked alerts are not fetched on push; embed the alert", excerpt: excerptOf(link.url), index: link.index }));
    return { items: parsed.records.map((alert) => ({ kind: "capAlert" as const, alert })), rejections: [...parsed.rejections, ...unfetched] };
  },
};

export const callsPush: PushEndpoint = {
  scope: "ingest:calls",
  maxBytes: CALLS_MAX_BYTES,
  feedType: null,
  decode(body, caller) {
    const parsed = parseEmergencyCalls(body);
    return { items: parsed.records.map((call) => ({ kind: "call" as const, call, actor: caller.label })), rejections: parsed.rejections };
  },
};

export const PUSH_ENDPOINTS: Record<string, PushEndpoint | undefined> = { senml: senmlPush, cap: capPush, calls: callsPush };
