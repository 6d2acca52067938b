import { TRPCError } from "@trpc/server";
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
} from "@/server/services/errors";

/** The ONE place domain errors become tRPC errors; anything else is an internal error with no detail. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof DomainError) {
    const code = error instanceof NotFoundError ? "NOT_FOUND"
      : error instanceof ConflictError ? "CONFLICT"
      : error instanceof ForbiddenError ? "FORBIDDEN"
      : error instanceof UnauthenticatedError ? "UNAUTHORIZED"
      : error instanceof RateLimitedError ? "TOO_MANY_REQUESTS"
      : "BAD_REQUEST"; // InvalidInputError and any other domain rule
    return new TRPCError({ code, message: error.message, cause: error });
  }
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on the server.", cause: error });
}
