import Link from "next/link";
import { AlertToaster } from "@/components/alerts/alert-toaster";
import { ROLE_LABELS, type Role } from "@/lib/domain/access";
import { SignOutButton } from "./sign-out-button";

type Me = { name: string; role: Role; agencyName: string; kind: "user" | "display" };

const linkClass = "text-muted-foreground hover:text-foreground";

/**
 * Top bar of every console page: where you are, who you are, and the way out. It also carries
 * the alert toaster, so a severe alert reaches whoever is signed in on whatever console page.
 */
export function ConsoleHeader({ me }: { me: Me }) {
  const canAdminister = me.kind === "user" && (me.role === "admin" || me.role === "supervisor");
  const canDispatch = me.kind === "user" && me.role !== "viewer" && me.role !== "operator";
  return (
    <header className="bg-card flex h-12 items-center gap-6 border-b px-4 text-sm">
      <Link href="/" className="font-semibold">CityDeck</Link>
      <nav aria-label="Main" className="flex gap-4">
        <Link href="/" className={linkClass}>Operating picture</Link>
        {canDispatch && <Link href="/dispatch" className={linkClass}>Dispatch</Link>}
        <Link href="/alerts" className={linkClass}>Alerts</Link>
        <Link href="/wallboard" className={linkClass}>Wallboard</Link>
        {canAdminister && <Link href="/admin" className={linkClass}>Administration</Link>}
      </nav>
      <div className="ml-auto flex items-center gap-3">
        <span>
          {me.name} · <span className="text-muted-foreground">{ROLE_LABELS[me.role]}, {me.agencyName}</span>
        </span>
        {me.kind === "user" && <SignOutButton />}
      </div>
      <AlertToaster />
    </header>
  );
}
