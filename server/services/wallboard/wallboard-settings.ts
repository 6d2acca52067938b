import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { wallboardPlaylists } from "@/db/schema";
import { DEFAULT_PLAYLIST, INTERRUPT_HOLD_S } from "@/lib/domain/wallboard";
import type { AuthSession } from "@/server/auth/auth-session";
import { cityClock } from "@/server/services/kpis/city-clock";

/** What a wall of the caller's agency shows: its playlist (the default until a supervisor saves one) and the city's clock. */
export async function getWallboardSettings(db: Db, session: AuthSession) {
  const [saved] = await db.select().from(wallboardPlaylists).where(eq(wallboardPlaylists.agencyId, session.agencyId));
  return {
    playlist: saved?.entries ?? DEFAULT_PLAYLIST,
    isDefault: !saved,
    updatedAt: saved?.updatedAt ?? null,
    timezone: cityClock().timezone,
    interruptHoldS: INTERRUPT_HOLD_S,
  };
}
