import { z } from "zod";
import { getDatabase } from "@/db/client";
import { requestSourceAddress } from "@/server/api/request-source";
import { authorizeExport } from "@/server/services/export/authorize-export";
import { EXPORT_DATASETS, exportDataset } from "@/server/services/export/export-datasets";
import { DomainError, ForbiddenError, UnauthenticatedError } from "@/server/services/errors";

const Query = z.object({ from: z.coerce.date().optional(), to: z.coerce.date().optional() });

/** GET /api/export/<dataset>?from=&to= : an agency's own data, for its admin or an export-scoped token. */
export async function GET(req: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset } = await params;
  const datasetName = z.enum(EXPORT_DATASETS).safeParse(dataset);
  const range = Query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!datasetName.success || !range.success) {
    return Response.json({ error: `Unknown dataset or bad range. Datasets: ${EXPORT_DATASETS.join(", ")}; from/to are ISO dates.` }, { status: 400 });
  }
  const { db } = await getDatabase();
  try {
    const caller = await authorizeExport(db, req, requestSourceAddress(req), datasetName.data);
    const { contentType, chunks } = exportDataset(db, caller.agencyId, datasetName.data, range.data);
    const encoder = new TextEncoder();
    const body = new ReadableStream({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const filename = `${caller.agencyId}-${datasetName.data}`;
    return new Response(body, { headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${filename}"` } });
  } catch (error) {
    if (error instanceof UnauthenticatedError) return Response.json({ error: error.message }, { status: 401 });
    if (error instanceof ForbiddenError || error instanceof DomainError) return Response.json({ error: error.message }, { status: 403 });
    throw error;
  }
}
