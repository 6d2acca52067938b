/** A river gauge's flood stages in metres, configured per site (STANDARDS.md). */
export interface FloodStages {
  action: number;
  minor: number;
  moderate: number;
  major: number;
}

export const FLOOD_STAGES = ["normal", "action", "minor", "moderate", "major"] as const;
export type FloodStage = (typeof FLOOD_STAGES)[number];

export const FLOOD_STAGE_LABELS: Record<FloodStage, string> = {
  normal: "Below action stage",
  action: "Action stage",
  minor: "Minor flooding",
  moderate: "Moderate flooding",
  major: "Major flooding",
};

/** The highest stage the level has reached; a level exactly at a stage is at it. */
export function floodStage(levelM: number, stages: FloodStages): FloodStage {
  if (levelM >= stages.major) return "major";
  if (levelM >= stages.moderate) return "moderate";
  if (levelM >= stages.minor) return "minor";
  if (levelM >= stages.action) return "action";
  return "normal";
}
