import type { Db } from "@/db/client";
import { rules } from "@/db/schema";
import type { CreateRuleInput } from "@/lib/domain/rules";
import { targetAgency } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { loadRuleScope } from "@/server/rules/rule-scope";
import { checkRuleReferences } from "./check-rule-references";

/** A supervisor's new rule for their own agency (any agency from the command center). */
export async function createRule(db: Db, session: AuthSession, actor: Actor, input: CreateRuleInput) {
  const agencyId = targetAgency(session, input.agencyId);
  await checkRuleReferences(db, session, await loadRuleScope(db, agencyId), input);
  return db.transaction(async (tx) => {
    const [rule] = await tx
      .insert(rules)
      .values({ agencyId, name: input.name, severity: input.severity, enabled: input.enabled, kind: input.kind, params: input.params, updatedBy: actor.label })
      .returning();
    await recordAudit(tx, actor, { action: "rules.create", entityKind: "rule", entityId: rule!.id, after: rule });
    return rule!;
  });
}
