import { AlertInbox } from "@/components/alerts/alert-inbox";
import { ConsoleHeader } from "@/components/auth/console-header";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** The alert inbox: every alert the viewer may see, live, with acknowledge, resolve and escalate. */
export default async function AlertsPage() {
  const me = await requirePageSession("/alerts");
  return (
    <div className="flex min-h-full flex-col">
      <ConsoleHeader me={me} />
      <main className="mx-auto w-full max-w-5xl flex-1 p-6">
        <AlertInbox viewer={{ kind: me.kind, role: me.role, agencyId: me.agencyId, agencyKind: me.agencyKind }} />
      </main>
    </div>
  );
}
