import { PrintableTimeline } from "@/components/dispatch/printable-timeline";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** An incident's timeline on its own page, styled for paper; `?print=1` opens the print dialog. */
export default async function IncidentTimelinePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ print?: string }> }) {
  const { id } = await params;
  await requirePageSession(`/dispatch/incidents/${id}/timeline`);
  return <PrintableTimeline incidentId={id} print={(await searchParams).print === "1"} />;
}
