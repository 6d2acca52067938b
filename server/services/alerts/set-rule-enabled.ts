import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, rules } from "@/db/schema";
import type { SetRuleEnabledInput } from "@/lib/domain/rules";
import type { AuthSession } from "@/server/auth/auth-session";
import { recordAudit, type Actor } from "@/server/audit/record-audit";
import { ruleForChange } from "./rule-for-change";

/** Disabling a rule resolves its open alerts at once: nobody is watching their condition any more. */
export async function setRuleEnabled(db: Db, session: AuthSession, actor: Actor, input: SetRuleEnabledInput) {
  return db.transaction(async (tx) => {
    const before = await ruleForChange(tx, session, input.id);
    const now = new Date();
    const [after] = await tx
      .update(rules)
      .set({ enabled: input.enabled, version: before.version + 1, updatedAt: now, updatedBy: actor.label })
      .where(eq(rules.id, input.id))
      .returning();
    const resolved = input.enabled
      ? []
      : await tx
          .update(alerts)
          .set({ status: "resolved", resolvedAt: now, resolvedBy: actor.label, resolveReason: "Its rule was disabled.", version: sql`${alerts.version} + 1`, updatedAt: now })
          .where(and(eq(alerts.ruleId, input.id), ne(alerts.status, "resolved")))
          .returning({ id: alerts.id });
    await recordAudit(tx, actor, {
      action: "rules.setEnabled",
      entityKind: "rule",
      entityId: input.id,
      before: { enabled: before.enabled },
      after: { enabled: input.enabled, resolvedAlerts: resolved.length },
    });
    return { ...after!, resolvedAlerts: resolved.length };
  });
}
