/**
 * The MQTT broker CityDeck runs in-process when MQTT_URL is unset (aedes, in-memory sessions), so
 * the default install still speaks real MQTT: the simulator and outside devices publish to it
 * and ingestion subscribes to it like to any broker. It listens on 127.0.0.1 only.
 */
import { createServer } from "node:net";
import { Aedes } from "aedes";

const EMBEDDED_BROKER_PORT = 1884;

export type EmbeddedBroker = { url: string; close(): Promise<void> };

export async function startEmbeddedBroker(
  port = Number(process.env.MQTT_EMBEDDED_PORT ?? EMBEDDED_BROKER_PORT),
  host = "127.0.0.1",
): Promise<EmbeddedBroker> {
  const broker = await Aedes.createBroker();
  const server = createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `mqtt://${host}:${boundPort}`,
    async close() {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
