import type { Database } from "@/db/client";

/** What a background duty gets when it starts. */
export interface DutyContext {
  database: Database;
  /** The broker every MQTT client connects to: MQTT_URL, or the embedded aedes broker. */
  mqttUrl: string;
  /** This app's own base URL (http://127.0.0.1:3000), for pollers of the app's own feed endpoints. */
  appUrl: string;
  log: (message: string) => void;
}

/**
 * A long-running background job of the worker role (ingest, simulator, rules...). With
 * PostgreSQL several worker instances may run: each duty runs in exactly one of them, under
 * an advisory lock taken by server/runtime/background.ts.
 */
export interface Duty {
  name: string;
  /** Starts the duty; resolves once it runs, with a function that stops it cleanly. */
  start(context: DutyContext): Promise<() => Promise<void>>;
}
