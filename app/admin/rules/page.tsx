import { ConsoleHeader } from "@/components/auth/console-header";
import { RuleAdmin } from "@/components/rules/rule-admin";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** Alert rules of the supervisor's agency (every agency's from the command center). */
export default async function RulesPage() {
  const me = await requirePageSession("/admin/rules");
  const allowed = me.kind === "user" && (me.role === "admin" || me.role === "supervisor");
  return (
    <div className="flex min-h-full flex-col">
      <ConsoleHeader me={me} />
      <main className="mx-auto w-full max-w-6xl flex-1 p-6">
        <h1 className="mb-6 text-2xl font-semibold">Alert rules · {me.agencyName}</h1>
        {allowed ? (
          <RuleAdmin isAdmin={me.role === "admin"} />
        ) : (
          <p role="alert" className="text-muted-foreground">Alert rules need the supervisor or admin role; you are signed in as {me.role}.</p>
        )}
      </main>
    </div>
  );
}
