/**
 * Tells a batch the database refused for what it contains (a constraint, a bad value: retrying
 * the same rows fails the same way) from one that failed for a passing reason (connection lost,
 * deadlock, shutdown: retrying succeeds). Only the first kind is "poison".
 */

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation). */
const POISON_CLASSES = ["22", "23"];

export function isPoisonError(error: unknown): boolean {
  const code = sqlStateOf(error);
  return code !== null && POISON_CLASSES.includes(code.slice(0, 2));
}

/** Whether the unique index or constraint `constraint` refused a row. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return sqlStateOf(error) === "23505" && constraintOf(error) === constraint;
}

/** A short account of a database refusal for a dead letter: the constraint, or the first line. */
export function describeRefusal(error: unknown): string {
  const constraint = constraintOf(error);
  if (constraint !== null) return `violates ${constraint}`;
  const innermost = causes(error).at(-1);
  return (innermost instanceof Error ? innermost.message : String(innermost)).split("\n")[0]!.slice(0, 300);
}

function constraintOf(error: unknown): string | null {
  for (const cause of causes(error)) {
    // PGlite names the constraint `constraint`, postgres-js `constraint_name`.
    const { constraint, constraint_name } = cause as { constraint?: unknown; constraint_name?: unknown };
    const name = constraint ?? constraint_name;
    if (typeof name === "string" && name) return name;
  }
  return null;
}

/** drizzle wraps driver errors (cause chain); PGlite and postgres-js both put SQLSTATE in `code`. */
function sqlStateOf(error: unknown): string | null {
  for (const cause of causes(error)) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let cause = error; cause !== undefined && chain.length < 10; cause = (cause as { cause?: unknown }).cause) {
    chain.push(cause);
    if (!(cause instanceof Error)) break;
  }
  return chain;
}
