import { ConsoleHeader } from "@/components/auth/console-header";
import { OperatingPicture } from "@/components/operating-picture/operating-picture";
import { requirePageSession } from "@/lib/trpc/server";

export const dynamic = "force-dynamic";

/** The operating picture: every incident, unit, matatu, sensor, alert and request of the city on one live map. */
export default async function OperatingPicturePage() {
  const me = await requirePageSession("/");
  return (
    <div className="flex h-dvh flex-col">
      <ConsoleHeader me={me} />
      <OperatingPicture />
    </div>
  );
}
