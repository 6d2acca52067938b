import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/domain/access";
import { SignOutButton } from "./sign-out-button";

type Me = { name: string; role: Role; agencyName: string; kind: "user" | "display" };

/** Top bar of every console page: where you are, who you are, and the way out. */
export function ConsoleHeader({ me }: { me: Me }) {
  const canAdminister = me.kind === "user" && (me.role === "admin" || me.role === "supervisor");
  const canDispatch = me.kind === "user" && me.role !== "viewer" && me.role !== "operator";
  return (
    <header className="bg-card flex h-12 items-center gap-6 border-b px-4 text-sm">
      <Link href="/" className="font-semibold">CityDeck</Link>
      <nav aria-label="Main" className="flex gap-4">
        <Link href="/" className="text-muted-foreground hover:text-foreground">Operating picture</Link>
        {canDispatch && <Link href="/dispatch" className="text-muted-foreground hover:text-foreground">Dispatch</Link>}
        {canAdminister && <Link href="/admin" className="text-muted-foreground hover:text-foreground">Administration</Link>}
      </nav>
      <div className="ml-auto flex items-center gap-3">
        <span>
          {me.name} · <span className="text-muted-foreground">{ROLE_LABELS[me.role]}, {me.agencyName}</span>
        </span>
        {me.kind === "user" && <SignOutButton />}
      </div>
    </header>
  );
}
