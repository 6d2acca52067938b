import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rules } from "@/db/schema";
import type { UpdateRuleInput } from "@/lib/domain/rules";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { loadRuleScope } from "@/server/rules/rule-scope";
import { ConflictError, InvalidInputError, NotFoundError } from "@/server/services/errors";
import { checkRuleReferences } from "./check-rule-references";
import { ruleForChange } from "./rule-for-change";

/**
 * An edit names the version it started from: someone else's edit in between is a conflict, not
 * a silent overwrite. The engine judges the new version from its next pass on.
 */
export async function updateRule(db: Db, session: AuthSession, actor: Actor, input: UpdateRuleInput) {
  const [current] = await db.select({ agencyId: rules.agencyId }).from(rules).where(eq(rules.id, input.id));
  if (!current) throw new NotFoundError("That rule");
  await checkRuleReferences(db, session, await loadRuleScope(db, current.agencyId), input);
  return db.transaction(async (tx) => {
    const before = await ruleForChange(tx, session, input.id);
    if (before.version !== input.version) throw new ConflictError("Someone else changed this rule meanwhile; reload it and edit again.");
    // Its alerts carry the kind as their source: another kind is another rule.
    if (before.kind !== input.kind) throw new InvalidInputError("A rule's kind cannot change; create a new rule instead.");
    const [after] = await tx
      .update(rules)
      .set({ name: input.name, severity: input.severity, params: input.params, version: before.version + 1, updatedAt: new Date(), updatedBy: actor.label })
      .where(eq(rules.id, input.id))
      .returning();
    await recordAudit(tx, actor, { action: "rules.update", entityKind: "rule", entityId: input.id, before, after });
    return after!;
  });
}
