import { PUSH_ENDPOINTS } from "@/server/ingest/push/push-endpoints";
import { pushDependencies } from "@/server/ingest/push/push-writer";
import { receivePush } from "@/server/ingest/push/receive-push";

export const dynamic = "force-dynamic";

/** POST /api/ingest/senml | cap | calls, with `Authorization: Bearer <integration token>` (server/ingest/push/push-endpoints.ts). */
export async function POST(request: Request, { params }: { params: Promise<{ endpoint: string }> }) {
  const endpoint = PUSH_ENDPOINTS[(await params).endpoint];
  if (!endpoint) return Response.json({ error: `Push endpoints: ${Object.keys(PUSH_ENDPOINTS).join(", ")}.` }, { status: 404 });
  return receivePush(request, endpoint, await pushDependencies());
}
