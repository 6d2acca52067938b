/** The simulated weather service's CAP 1.2 alerts as an Atom feed. */
import { feedResponse, withSimulator } from "@/server/simulator/http/feed-response";

export const dynamic = "force-dynamic";

export function GET() {
  return withSimulator((simulator, now) => feedResponse(simulator.capAtomFeed(now), "application/atom+xml; charset=utf-8"));
}
