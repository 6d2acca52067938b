/**
 * Emergency calls as a call-taking system (or the simulator) POSTs them to /api/ingest/calls:
 * one call object or an array of them, JSON.
 *
 *   { "callId": "C-2026-000123", "receivedAt": "2026-03-01T08:00:00+03:00", "type": "fire",
 *     "priority": 1, "lon": 36.82, "lat": -1.29, "address": "Moi Avenue",
 *     "callerName": "…", "callerPhone": "…", "description": "…", "source": "simulator" }
 *
 * `callId` is unique per source: sending a call again changes nothing. `source` is "call" (a
 * real call, the default) or "simulator".
 */
import { z } from "zod";
import { INCIDENT_TYPES } from "@/lib/domain/incidents";
import { isJsonObject, readJsonInput } from "@/server/feeds/json-input";
import { excerptOf, rejectDocument, type ParseResult } from "@/server/feeds/parse-result";
import type { TextInput } from "@/server/feeds/text-input";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

const EmergencyCallInput = z.object({
  callId: z.string().trim().min(1).max(100),
  receivedAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
  type: z.enum(INCIDENT_TYPES),
  priority: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  address: optionalText(200),
  callerName: optionalText(120),
  callerPhone: optionalText(40),
  description: optionalText(2000),
  source: z.enum(["call", "simulator"]).default("call"),
});
export type EmergencyCall = z.output<typeof EmergencyCallInput>;

export const CALLS_MAX_BYTES = 256 * 1024;
const MAX_CALLS = 500;

export function parseEmergencyCalls(input: TextInput): ParseResult<EmergencyCall> {
  const document = readJsonInput(input, CALLS_MAX_BYTES);
  if (!document.ok) return { records: [], rejections: [document.rejection] };
  const calls = Array.isArray(document.value) ? document.value : [document.value];
  if (calls.length > MAX_CALLS) return rejectDocument(`${calls.length} calls in one request; send at most ${MAX_CALLS}`, document.value);
  const result: ParseResult<EmergencyCall> = { records: [], rejections: [] };
  calls.forEach((call, index) => {
    const parsed = isJsonObject(call) ? EmergencyCallInput.safeParse(call) : null;
    if (parsed?.success) result.records.push(parsed.data);
    else result.rejections.push({ reason: parsed ? describeIssues(parsed.error) : "a call is a JSON object", excerpt: excerptOf(call), index });
  });
  return result;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "call"}: ${issue.message}`).join("; ");
}
