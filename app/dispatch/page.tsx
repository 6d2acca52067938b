import { ConsoleHeader } from "@/components/auth/console-header";
import { DispatchConsole } from "@/components/dispatch/dispatch-console";
import { ROLES } from "@/lib/domain/access";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** The dispatcher's console: take a call, send the recommended units, follow the incident to closure. */
export default async function DispatchPage() {
  const me = await requirePageSession("/dispatch");
  const mayDispatch = me.kind === "user" && ROLES.indexOf(me.role) <= ROLES.indexOf("dispatcher");
  return (
    <div className="flex h-dvh flex-col">
      <ConsoleHeader me={me} />
      {mayDispatch ? (
        <DispatchConsole />
      ) : (
        <main className="p-6">
          <p role="alert" className="text-muted-foreground">
            Dispatching needs the dispatcher role or higher; you are signed in as {me.role}. The operating picture shows every incident live.
          </p>
        </main>
      )}
    </div>
  );
}
