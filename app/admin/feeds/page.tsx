import { ConsoleHeader } from "@/components/auth/console-header";
import { FeedsConsole } from "@/components/feeds/feeds-console";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** Feeds of the supervisor's agency (every agency's from the command center) with live health. */
export default async function FeedsPage() {
  const me = await requirePageSession("/admin/feeds");
  const allowed = me.kind === "user" && (me.role === "admin" || me.role === "supervisor");
  return (
    <div className="flex min-h-full flex-col">
      <ConsoleHeader me={me} />
      <main className="mx-auto w-full max-w-7xl flex-1 p-6">
        <h1 className="mb-6 text-2xl font-semibold">Feeds · {me.agencyName}</h1>
        {allowed ? (
          <FeedsConsole owner={me} />
        ) : (
          <p role="alert" className="text-muted-foreground">Feed administration needs the supervisor or admin role; you are signed in as {me.role}.</p>
        )}
      </main>
    </div>
  );
}
