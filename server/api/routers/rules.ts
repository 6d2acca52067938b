import { CreateRuleInput, PreviewRuleInput, SetRuleEnabledInput, UpdateRuleInput } from "@/lib/domain/rules";
import { ownAgencyScope } from "@/server/auth/agency-scope";
import { createRule } from "@/server/services/alerts/create-rule";
import { listRules } from "@/server/services/alerts/list-rules";
import { previewRule } from "@/server/services/alerts/preview-rule";
import { setRuleEnabled } from "@/server/services/alerts/set-rule-enabled";
import { updateRule } from "@/server/services/alerts/update-rule";
import { router, supervisorProcedure } from "../trpc";

/** Alert rules are administered by supervisors of the owning agency (of any agency from the command center). */
export const rulesRouter = router({
  list: supervisorProcedure.query(({ ctx }) => listRules(ctx.database.db, ownAgencyScope(ctx.session))),
  create: supervisorProcedure.input(CreateRuleInput).mutation(({ ctx, input }) => createRule(ctx.database.db, ctx.session, ctx.actor, input)),
  update: supervisorProcedure.input(UpdateRuleInput).mutation(({ ctx, input }) => updateRule(ctx.database.db, ctx.session, ctx.actor, input)),
  setEnabled: supervisorProcedure.input(SetRuleEnabledInput).mutation(({ ctx, input }) => setRuleEnabled(ctx.database.db, ctx.session, ctx.actor, input)),
  preview: supervisorProcedure.input(PreviewRuleInput).query(({ ctx, input }) => previewRule(ctx.database.db, ctx.session, input)),
});
