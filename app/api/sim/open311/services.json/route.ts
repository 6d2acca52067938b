/** Open311 GeoReport v2 services.json of the simulated city. */
import { feedResponse, withSimulator } from "@/server/simulator/http/feed-response";

export const dynamic = "force-dynamic";

export function GET() {
  return withSimulator((simulator) => feedResponse(JSON.stringify(simulator.open311Services()), "application/json; charset=utf-8"));
}
