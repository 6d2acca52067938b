/** The drills an operator can start. */
import { embakasiOutage } from "./embakasi-outage";
import type { DrillDefinition } from "./drill-plan";
import { flashFloodMathare } from "./flash-flood-mathare";
import { mombasaRoadPileup } from "./mombasa-road-pileup";

export const DRILLS: readonly DrillDefinition[] = [flashFloodMathare, mombasaRoadPileup, embakasiOutage];
