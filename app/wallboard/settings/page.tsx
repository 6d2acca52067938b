import Link from "next/link";
import { ConsoleHeader } from "@/components/auth/console-header";
import { PlaylistEditor } from "@/components/wallboard/playlist-editor";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** Where supervisors set the rotation of their agency's walls. */
export default async function WallboardSettingsPage() {
  const me = await requirePageSession("/wallboard/settings");
  const allowed = me.kind === "user" && (me.role === "admin" || me.role === "supervisor");
  return (
    <div className="flex min-h-full flex-col">
      <ConsoleHeader me={me} />
      <main className="mx-auto flex w-full max-w-3xl flex-1 flex-col gap-6 p-6">
        <div className="flex items-baseline justify-between gap-4">
          <h1 className="text-2xl font-semibold">Wallboard playlist · {me.agencyName}</h1>
          <Link href="/wallboard" className="text-primary text-sm underline-offset-4 hover:underline">
            Open the wallboard
          </Link>
        </div>
        {allowed ? (
          <PlaylistEditor />
        ) : (
          <p role="alert" className="text-muted-foreground">Changing the playlist needs the supervisor or admin role; you are signed in as {me.role}.</p>
        )}
      </main>
    </div>
  );
}
