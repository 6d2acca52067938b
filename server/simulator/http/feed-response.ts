/**
 * What the /api/sim route handlers share: find the running simulator or answer 503, and never
 * let a feed be cached (each poll must see the current state).
 */
import { runningSimulator, SIMULATOR_NOT_RUNNING } from "../registry";
import type { Simulator } from "../simulator";

const NO_STORE = { "cache-control": "no-store" };

export function withSimulator(render: (simulator: Simulator, now: Date) => Response): Response {
  const simulator = runningSimulator();
  if (!simulator) {
    return new Response(`${SIMULATOR_NOT_RUNNING}\n`, { status: 503, headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8", "retry-after": "30" } });
  }
  return render(simulator, new Date());
}

export function feedResponse(body: string | Uint8Array, contentType: string, status = 200): Response {
  // Protobuf encoders return views that may share a larger buffer; Response wants its own bytes.
  const bytes = typeof body === "string" ? body : new Uint8Array(body);
  return new Response(bytes, { status, headers: { ...NO_STORE, "content-type": contentType } });
}
