/**
 * The MQTT side of ingestion: a persistent session (stable client id, clean: false) subscribed
 * at QoS 1, so the broker keeps every message until we acknowledge it, across our restarts.
 * Messages are acknowledged only after their batch committed (see held-pubacks.ts): delivery is
 * at least once, and the writer's natural keys turn the duplicates into no-ops.
 *
 * MQTT 5 first, for Receive Maximum: it lets the broker keep many unacknowledged messages in
 * flight (Mosquitto allows 20 to a 3.1.1 client), which is what makes batches large. Brokers that
 * only speak 3.1.1 (aedes) refuse the version; the client then falls back to 3.1.1.
 */
import mqtt, { type IPublishPacket, type MqttClient, type Packet } from "mqtt";
import { backoffDelay, type BackoffPolicy } from "./backoff";
import { PubackGate, type PubackPacket } from "./held-pubacks";

/** What the subscriber needs to know about each message's journey through the writer. */
export type MessageReceipt = {
  /** Settles once the message is queued: until then the subscriber reads no further message (backpressure). */
  queued: Promise<unknown>;
  /** Resolves once the message's batch committed: only then is it acknowledged. Rejects if it never will be. */
  committed: Promise<unknown>;
};

export type MqttSubscriberOptions = {
  url: string;
  /** Stable across restarts: the broker keeps the session (and unacknowledged messages) under it. */
  clientId: string;
  onMessage(topic: string, payload: Buffer): MessageReceipt;
  log(message: string): void;
  reconnect?: BackoffPolicy;
};

export interface MqttSubscriber {
  /** Subscribes to added filters and unsubscribes from removed ones. */
  setFilters(filters: readonly string[]): void;
  /** Disconnects cleanly (held acknowledgements already sent stay sent). */
  close(): Promise<void>;
  /** Drops the connection at once, as a crash would (tests). */
  destroy(): void;
}

/** How long the broker keeps our session while we are away (MQTT 5; 3.1.1 brokers keep it until told otherwise). */
const SESSION_EXPIRY_S = 7 * 24 * 3600;
/** Unacknowledged messages the broker may send us at once: about one writer batch. */
const RECEIVE_MAXIMUM = 5_000;
const UNACCEPTABLE_PROTOCOL_VERSION = 1;
const RECONNECT: BackoffPolicy = { baseMs: 500, maxMs: 30_000 };
const MIN_RECONNECT_MS = 250;

export function startMqttSubscriber(options: MqttSubscriberOptions): MqttSubscriber {
  const policy = options.reconnect ?? RECONNECT;
  const client = mqtt.connect(options.url, {
    clientId: options.clientId,
    clean: false,
    protocolVersion: 5,
    properties: { sessionExpiryInterval: SESSION_EXPIRY_S, receiveMaximum: RECEIVE_MAXIMUM },
    reconnectPeriod: policy.baseMs,
    reconnectOnConnackError: true,
    // Subscriptions are kept in step by syncFilters, on every connect.
    resubscribe: false,
  });
  const gate = gatePubacks(client);
  let wanted: readonly string[] = [];
  /** What the broker's session holds for us, as far as we have told it. */
  let onBroker = new Set<string>();
  let failures = 0;

  const syncFilters = () => {
    if (!client.connected) return;
    const added = wanted.filter((filter) => !onBroker.has(filter));
    const removed = [...onBroker].filter((filter) => !wanted.includes(filter));
    onBroker = new Set(wanted);
    if (added.length > 0) client.subscribe(added, { qos: 1 }, (error) => error && options.log(`subscribe failed: ${error.message}`));
    if (removed.length > 0) client.unsubscribe(removed, (error) => error && options.log(`unsubscribe failed: ${error.message}`));
  };

  client.handleMessage = (packet: IPublishPacket, callback) => {
    const receipt = packet.qos > 0 && packet.messageId !== undefined ? gate.expect(packet.messageId) : null;
    const { queued, committed } = options.onMessage(packet.topic, packet.payload as Buffer);
    committed.then(() => receipt?.commit(), () => {});
    queued.then(() => callback(), () => callback());
  };
  client.on("connect", (connack) => {
    // A new session (first start, or the broker forgot us) has no subscriptions yet.
    if (!connack.sessionPresent) onBroker = new Set();
    syncFilters();
    failures = 0;
    client.options.reconnectPeriod = policy.baseMs;
    options.log(`connected to ${options.url} as ${options.clientId} (MQTT ${client.options.protocolVersion === 5 ? "5" : "3.1.1"})`);
  });
  client.on("close", () => gate.reset());
  // Read by mqtt.js for the wait before the NEXT attempt: exponential with jitter.
  client.on("reconnect", () => (client.options.reconnectPeriod = Math.max(MIN_RECONNECT_MS, backoffDelay(++failures, policy))));
  client.on("error", (error: Error & { code?: number }) => {
    if (error.code === UNACCEPTABLE_PROTOCOL_VERSION && client.options.protocolVersion === 5) {
      client.options.protocolVersion = 4;
      delete client.options.properties;
      return;
    }
    options.log(`MQTT error: ${error.message}`);
  });

  return {
    setFilters(next) {
      wanted = [...next];
      syncFilters();
    },
    close: async () => {
      await client.endAsync(false);
    },
    destroy: () => {
      client.end(true);
    },
  };
}

/**
 * Routes mqtt.js's PUBACKs through a gate. `_sendPacket` is mqtt.js's private writer (checked
 * against mqtt 5.16 and pinned by the redelivery tests); every other packet passes untouched.
 */
function gatePubacks(client: MqttClient): PubackGate {
  const internals = client as unknown as { _sendPacket(packet: Packet, callback?: () => void, ...rest: unknown[]): void };
  const send = internals._sendPacket.bind(client);
  const gate = new PubackGate((puback) => send(puback as Packet));
  internals._sendPacket = (packet, callback, ...rest) => {
    if (packet.cmd !== "puback") return send(packet, callback, ...rest);
    gate.hold(packet as PubackPacket);
    callback?.();
  };
  return gate;
}
