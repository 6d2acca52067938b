import type { Metadata } from "next";
import { Wallboard } from "@/components/wallboard/wallboard";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "CityDeck · Wallboard" };

/** The KPI wallboard in kiosk mode: no navigation, made for a TV; a display token opens it through /display/<token>. */
export default async function WallboardPage() {
  const me = await requirePageSession("/wallboard");
  return <Wallboard signedInAs={me.name} />;
}
