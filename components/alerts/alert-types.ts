import type { RouterInputs, RouterOutputs } from "@/lib/trpc/router-types";

/** An alert as the inbox lists it and the live stream delivers it (the same row). */
export type AlertRow = RouterOutputs["alerts"]["list"]["items"][number];
export type AlertPage = RouterOutputs["alerts"]["list"];
export type AlertFilters = Omit<RouterInputs["alerts"]["list"], "cursor" | "limit">;

/** Who is looking: decides which actions the inbox offers (the server decides again). */
export interface Viewer {
  kind: "user" | "display";
  role: "admin" | "supervisor" | "dispatcher" | "operator" | "viewer";
  agencyId: string;
  agencyKind: string;
}
