import { describe, expect, it } from "vitest";
import { wallConnection } from "./wall-connection";

const healthy = { stream: "pending", streamFailed: false, online: true, pollsFailing: false } as const;

describe("wallConnection", () => {
  it("is live while the stream is connected and the polls are answered", () => {
    expect(wallConnection(healthy)).toBe("live");
  });

  it("is lost when the network, the polls or the stream fail, whichever notices first", () => {
    expect(wallConnection({ ...healthy, online: false })).toBe("lost");
    expect(wallConnection({ ...healthy, pollsFailing: true })).toBe("lost");
    expect(wallConnection({ ...healthy, stream: "connecting", streamFailed: true })).toBe("lost");
    expect(wallConnection({ ...healthy, stream: "error" })).toBe("lost");
  });

  it("is connecting while the stream first opens", () => {
    expect(wallConnection({ ...healthy, stream: "connecting" })).toBe("connecting");
    expect(wallConnection({ ...healthy, stream: "idle" })).toBe("connecting");
  });
});
