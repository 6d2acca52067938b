import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Database } from "@/db/client";
import { toTRPCError } from "./error-adapter";

// ---- Context -------------------------------------------------------------------------------
export interface Context {
  database: Database;
  /** Address of the caller, for the audit log and rate limits. */
  sourceAddress: string | null;
}

// ---- Init ----------------------------------------------------------------------------------
const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? z.flattenError(error.cause) : null;
    // Never leak stack traces or driver messages (SQL) to clients.
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, data: { ...data, zodError } };
  },
});

/** Services throw domain errors; map them once here so routers stay thin. */
const mapDomainErrors = t.middleware(async function mapDomainErrors({ next }) {
  const result = await next();
  // tRPC wraps anything thrown that is not a TRPCError as INTERNAL_SERVER_ERROR with it as cause.
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR") throw toTRPCError(result.error.cause ?? result.error);
  return result;
});

// ---- Procedures ----------------------------------------------------------------------------
export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapDomainErrors);
