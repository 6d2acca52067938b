/** Rules with several levels (a base limit and escalations) fire at the most severe level that fires. */
import { isMoreSevere, type AlertSeverity } from "@/lib/domain/alerts";
import type { Judgement } from "./runs";

/** `levels[0]` is the base, which must be the one firing for any level to count. */
export function firingLevel<L extends { severity: AlertSeverity }>(levels: readonly L[], judgements: readonly Judgement[]): L {
  return levels.reduce((worst, level, i) => (judgements[i]!.verdict === "fire" && isMoreSevere(level.severity, worst.severity) ? level : worst), levels[0]!);
}
