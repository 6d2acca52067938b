import { describe, expect, it } from "vitest";
import { PubackGate, type PubackPacket } from "./held-pubacks";

const puback = (messageId: number): PubackPacket => ({ cmd: "puback", messageId });

describe("PubackGate", () => {
  it("sends a PUBACK only once its message committed, in arrival order", () => {
    const sent: number[] = [];
    const gate = new PubackGate((packet) => sent.push(packet.messageId!));
    const [first, second, third] = [1, 2, 3].map((id) => gate.expect(id));
    [1, 2, 3].forEach((id) => gate.hold(puback(id)));
    expect(sent).toEqual([]);
    second!.commit();
    expect(sent).toEqual([]);
    first!.commit();
    expect(sent).toEqual([1, 2]);
    third!.commit();
    expect(sent).toEqual([1, 2, 3]);
    expect(gate.unacknowledged).toBe(0);
  });

  it("works whichever comes first, the commit or mqtt.js's PUBACK", () => {
    const sent: number[] = [];
    const gate = new PubackGate((packet) => sent.push(packet.messageId!));
    gate.expect(7).commit();
    gate.hold(puback(7));
    expect(sent).toEqual([7]);
  });

  it("never acknowledges messages of a dropped connection", () => {
    const sent: number[] = [];
    const gate = new PubackGate((packet) => sent.push(packet.messageId!));
    const old = gate.expect(1);
    gate.hold(puback(1));
    gate.reset();
    old.commit();
    gate.hold(puback(9));
    expect(sent).toEqual([]);
  });
});
