import { AlertInbox } from "@/components/alerts/alert-inbox";
import { inboxPath, parseInboxFocus } from "@/components/alerts/inbox-focus";
import { ConsoleHeader } from "@/components/auth/console-header";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** The alert inbox: every alert the viewer may see, live, with acknowledge, resolve and escalate; or, from a link, one subject's alerts or one alert. */
export default async function AlertsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const focus = parseInboxFocus(await searchParams);
  // Signing in leads back to the same focused view the link opened.
  const me = await requirePageSession(inboxPath(focus));
  return (
    <div className="flex min-h-full flex-col">
      <ConsoleHeader me={me} />
      <main className="mx-auto w-full max-w-5xl flex-1 p-6">
        <AlertInbox viewer={{ kind: me.kind, role: me.role, agencyId: me.agencyId, agencyKind: me.agencyKind }} focus={focus} />
      </main>
    </div>
  );
}
