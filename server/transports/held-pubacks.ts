/**
 * At-least-once MQTT with batched commits. mqtt.js acknowledges a QoS 1 message (PUBACK) as soon
 * as `handleMessage` calls back, and reads no further packet until then; its `customHandleAcks`
 * hook works the same way and only on MQTT 5. Waiting in either for the database would commit
 * one message per transaction. So the subscriber calls back at once (after queueing) and this
 * gate holds each PUBACK until the message's batch has committed, then releases PUBACKs in the
 * order the messages arrived, as MQTT requires [MQTT-4.6.0-2].
 *
 * A receipt belongs to one connection. When it drops, held PUBACKs are discarded: the broker
 * redelivers those messages on the next connection, and the writer's natural keys make the
 * second copy a no-op.
 */
export type PubackPacket = { cmd: "puback"; messageId?: number };

type Receipt = { messageId: number; committed: boolean; puback: PubackPacket | null };

export class PubackGate {
  private receipts: Receipt[] = [];

  constructor(private send: (puback: PubackPacket) => void) {}

  /** A QoS 1 message arrived: its PUBACK waits for `commit()`. */
  expect(messageId: number): { commit(): void } {
    const receipt: Receipt = { messageId, committed: false, puback: null };
    this.receipts.push(receipt);
    return {
      commit: () => {
        receipt.committed = true;
        this.release();
      },
    };
  }

  /** mqtt.js wants to send this PUBACK now; it is held (and sent later, or dropped if stale). */
  hold(puback: PubackPacket): void {
    const receipt = this.receipts.find((r) => r.messageId === puback.messageId && r.puback === null);
    if (!receipt) return;
    receipt.puback = puback;
    this.release();
  }

  /** The connection is gone: nothing of it may be acknowledged any more. */
  reset(): void {
    this.receipts = [];
  }

  /** Messages received and not yet acknowledged. */
  get unacknowledged(): number {
    return this.receipts.length;
  }

  private release(): void {
    while (this.receipts[0]?.committed && this.receipts[0].puback) this.send(this.receipts.shift()!.puback!);
  }
}
