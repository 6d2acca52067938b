import { SearchAuditInput } from "@/lib/domain/access";
import { ownAgencyScope } from "@/server/auth/agency-scope";
import { searchAudit } from "@/server/services/audit/search-audit";
import { router, supervisorProcedure } from "../trpc";

/** Read-only by design: the app has no procedure that edits or deletes audit entries. */
export const auditRouter = router({
  search: supervisorProcedure.input(SearchAuditInput).query(({ ctx, input }) => searchAudit(ctx.database.db, ownAgencyScope(ctx.session), input)),
});
