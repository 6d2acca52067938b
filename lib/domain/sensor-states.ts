/**
 * When a sensor's latest value means somebody has to act. Shared by the map (which makes these
 * sensors stand out) and the ward metrics (which count them), so both always agree.
 */

/** A street-light circuit reports the share of its lamps lit (SenML unit "/", a ratio 0..1). */
export const STREETLIGHT_FAILED_BELOW = 0.5;
/** A waste bin reports its fill level in percent; collection is due from here. */
export const BIN_FULL_FROM_PERCENT = 90;

export const isStreetlightFailed = (litShare: number) => litShare < STREETLIGHT_FAILED_BELOW;
export const isBinFull = (fillPercent: number) => fillPercent >= BIN_FULL_FROM_PERCENT;
