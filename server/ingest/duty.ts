import type { Duty } from "@/server/runtime/duty";
import { startIngestion } from "./ingestion";

/**
 * The ingest duty: every registered feed into the database (see ingestion.ts). The MQTT client
 * id comes from MQTT_CLIENT_ID (default "citydeck-ingest"): one worker holds the duty at a time,
 * so one persistent session serves them all in turn.
 */
export const ingestDuty: Duty = {
  name: "ingest",
  async start(context) {
    const ingestion = await startIngestion(context);
    return () => ingestion.stop();
  },
};
