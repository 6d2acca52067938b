import { DEFAULT_RESPONSE_TARGETS, ResponseTargets, type ResponseTargets as Targets } from "@/lib/domain/dispatch";

/**
 * The city's response-time targets: DISPATCH_TARGETS as JSON, for example
 * `{"1":{"dispatchS":60,"arrivalS":480},"2":{...},"3":{...},"4":{...}}`, else the defaults.
 * A malformed value stops the start rather than silently using targets nobody chose.
 */
export function responseTargets(env: NodeJS.ProcessEnv = process.env): Targets {
  const configured = env.DISPATCH_TARGETS;
  if (!configured) return DEFAULT_RESPONSE_TARGETS;
  const parsed = ResponseTargets.safeParse(JSON.parse(configured));
  if (!parsed.success) throw new Error(`DISPATCH_TARGETS is not valid: ${parsed.error.message}`);
  const targets = parsed.data;
  return { 1: targets["1"], 2: targets["2"], 3: targets["3"], 4: targets["4"] };
}
