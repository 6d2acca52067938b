import { describe, expect, it } from "vitest";
import type { WallboardInterrupt } from "@/lib/domain/wallboard";
import { interruptToShow, trackFirstSeen } from "./interrupt-schedule";

const interrupt = (id: string): WallboardInterrupt => ({ kind: "incident", id, incidentType: "fire", headline: "P1 · Fire", title: "Fire", place: null, lon: null, lat: null, at: new Date() });

describe("interrupt schedule", () => {
  it("shows the newest interrupt for its hold, then lets the playlist resume", () => {
    const list = [interrupt("b"), interrupt("a")];
    const seen = trackFirstSeen(new Map(), list, 0);
    expect(interruptToShow(list, seen, 0, 90)?.id).toBe("b");
    expect(interruptToShow(list, seen, 89_999, 90)?.id).toBe("b");
    expect(interruptToShow(list, seen, 90_000, 90)).toBeNull();
  });

  it("takes the wall again for a newer interrupt arriving while an older one holds it", () => {
    const seen = trackFirstSeen(new Map(), [interrupt("a")], 0);
    const later = trackFirstSeen(seen, [interrupt("c"), interrupt("a")], 60_000);
    expect(interruptToShow([interrupt("c"), interrupt("a")], later, 60_000, 90)?.id).toBe("c");
    expect(interruptToShow([interrupt("c"), interrupt("a")], later, 149_999, 90)?.id).toBe("c");
  });

  it("forgets interrupts no longer listed, and keeps the same map when nothing changed", () => {
    const seen = trackFirstSeen(new Map(), [interrupt("a"), interrupt("b")], 0);
    expect(trackFirstSeen(seen, [interrupt("a"), interrupt("b")], 5_000)).toBe(seen);
    expect([...trackFirstSeen(seen, [interrupt("b")], 5_000).keys()]).toEqual(["b"]);
  });
});
