import type { Db } from "@/db/client";
import type { PreviewRuleInput } from "@/lib/domain/rules";
import { targetAgency } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { previewRule as replayRule } from "@/server/rules/preview-rule";
import { loadRuleScope } from "@/server/rules/rule-scope";

/** The preview watches what the rule would watch: the agency's own subjects, or all from the command center. */
export async function previewRule(db: Db, session: AuthSession, input: PreviewRuleInput) {
  const agencyId = targetAgency(session, input.agencyId);
  return replayRule(db, await loadRuleScope(db, agencyId), input.severity, input);
}
