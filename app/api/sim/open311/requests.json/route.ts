/**
 * Open311 GeoReport v2 requests.json of the simulated city, with the start_date, end_date,
 * status, service_code and service_request_id filters. Bad filters get GeoReport's error list.
 */
import { feedResponse, withSimulator } from "@/server/simulator/http/feed-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return withSimulator((simulator, now) => {
    const result = simulator.open311Requests(new URL(request.url).searchParams, now);
    const body = result.ok ? result.requests : [{ code: 400, description: result.error }];
    return feedResponse(JSON.stringify(body), "application/json; charset=utf-8", result.ok ? 200 : 400);
  });
}
