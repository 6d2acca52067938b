import { getDatabase } from "@/db/client";
import { isBasemapLayer } from "@/server/services/basemap/basemap-layers";
import { getBasemapLayer } from "@/server/services/basemap/get-basemap-layer";

export const dynamic = "force-dynamic";

/** One base-map layer as GeoJSON, for the offline MapLibre style and the label layers. */
export async function GET(request: Request, { params }: { params: Promise<{ layer: string }> }) {
  const { layer } = await params;
  if (!isBasemapLayer(layer)) return Response.json({ error: `Unknown base-map layer "${layer}".` }, { status: 404 });
  try {
    const { body, etag } = await getBasemapLayer((await getDatabase()).db, layer);
    // Revalidate every time: a re-seeded city gets a new ETag, an unchanged one costs a 304.
    const headers = { ETag: etag, "Cache-Control": "public, no-cache" };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(body, { headers: { ...headers, "Content-Type": "application/geo+json" } });
  } catch (error) {
    console.error(`base-map layer ${layer} failed:`, error);
    return Response.json({ error: "The base map could not be read." }, { status: 500 });
  }
}
