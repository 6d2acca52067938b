/** Session lifetimes: a shift-length absolute limit, and an idle limit after which you sign in again. */
export const sessionPolicy = {
  idleMs: Number(process.env.SESSION_IDLE_MINUTES ?? 120) * 60_000,
  absoluteMs: Number(process.env.SESSION_MAX_HOURS ?? 12) * 3_600_000,
  /** Kiosk displays run for days; they end when their token is revoked. */
  displayAbsoluteMs: Number(process.env.DISPLAY_SESSION_DAYS ?? 30) * 86_400_000,
  /** last_seen_at is written at most this often, not on every request. */
  touchEveryMs: 60_000,
};
