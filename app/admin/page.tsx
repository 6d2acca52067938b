import { AdminConsole } from "@/components/admin/admin-console";
import { ConsoleHeader } from "@/components/auth/console-header";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const me = await requirePageSession("/admin");
  const allowed = me.kind === "user" && (me.role === "admin" || me.role === "supervisor");
  return (
    <div className="flex min-h-full flex-col">
      <ConsoleHeader me={me} />
      <main className="mx-auto w-full max-w-6xl flex-1 p-6">
        <h1 className="mb-6 text-2xl font-semibold">Administration · {me.agencyName}</h1>
        {allowed ? (
          <AdminConsole role={me.role} agencyId={me.agencyId} agencyName={me.agencyName} />
        ) : (
          <p role="alert" className="text-muted-foreground">Administration needs the supervisor or admin role; you are signed in as {me.role}.</p>
        )}
      </main>
    </div>
  );
}
