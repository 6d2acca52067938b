import { getDatabase } from "@/db/client";
import { getHealth } from "@/server/services/health/get-health";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const health = await getHealth(await getDatabase());
    return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
  } catch (error) {
    console.error("health check failed:", error);
    return Response.json({ status: "down" }, { status: 503 });
  }
}
