/** Domain errors: services throw these; server/api/error-adapter.ts maps them to tRPC codes in one place. */
export class DomainError extends Error {}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

export class ConflictError extends DomainError {}

export class ForbiddenError extends DomainError {
  constructor(message = "You do not have permission to do that.") {
    super(message);
  }
}

export class InvalidInputError extends DomainError {}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Sign in to continue.") {
    super(message);
  }
}

export class RateLimitedError extends DomainError {}
