import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Database } from "@/db/client";
import { ROLES, type Role } from "@/lib/domain/access";
import type { AuthSession } from "@/server/auth/auth-session";
import type { Actor } from "@/server/audit/record-audit";
import { ForbiddenError, UnauthenticatedError } from "@/server/services/errors";
import { toTRPCError } from "./error-adapter";

// ---- Context -------------------------------------------------------------------------------
export interface Context {
  database: Database;
  session: AuthSession | null;
  /** Address of the caller, for the audit log and rate limits. */
  sourceAddress: string | null;
  userAgent: string | null;
  /** Whether the request came over HTTPS (decides the cookie's Secure flag). */
  secure: boolean;
  /** Response headers, so auth procedures can set the session cookie. */
  resHeaders: Headers | null;
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

/** No session needed: only sign-in and "who am I". Never for city data. */
export const publicProcedure = t.procedure.use(mapDomainErrors);

/** Any session, a kiosk display included: read-only city data within the caller's agency scope. */
export const viewerProcedure = publicProcedure.use(function requireSession({ ctx, next }) {
  if (!ctx.session) throw new UnauthenticatedError();
  const session = ctx.session;
  const actor: Actor = { userId: session.userId, label: session.label, agencyId: session.agencyId, sourceAddress: ctx.sourceAddress };
  return next({ ctx: { ...ctx, session, actor } });
});

/** Roles from least to most powerful; each role may do everything the ones before it may. */
const rank = (role: Role) => ROLES.length - ROLES.indexOf(role);

function requireRole(minimum: Role) {
  return viewerProcedure.use(function requireRoleAtLeast({ ctx, next }) {
    if (rank(ctx.session.role) < rank(minimum)) {
      throw new ForbiddenError(`This needs the ${minimum} role or higher; you are signed in as ${ctx.session.role}.`);
    }
    return next({ ctx });
  });
}

export const operatorProcedure = requireRole("operator");
export const dispatcherProcedure = requireRole("dispatcher");
export const supervisorProcedure = requireRole("supervisor");
export const adminProcedure = requireRole("admin");
