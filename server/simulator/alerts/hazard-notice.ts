/** What the simulated weather service wants to say about one hazard right now: the CAP <info> of its alert. */
import type { CapArea, CapCategory, CapCertainty, CapResponseType, CapSeverity, CapUrgency } from "@/server/feeds/cap/cap-types";

export interface HazardNotice {
  event: string;
  category: CapCategory[];
  responseType: CapResponseType[];
  urgency: CapUrgency;
  severity: CapSeverity;
  certainty: CapCertainty;
  headline: string;
  description: string;
  instruction: string;
  areas: CapArea[];
}

/** A hazard and what to say about it; `notice` null means the hazard has passed (cancel its alert). */
export interface HazardState {
  /** Stable per hazard ("flood/1383", "air-quality", "heat"): its alert, updates and cancel share it. */
  key: string;
  notice: HazardNotice | null;
}
