import { CreateApiTokenInput, IdInput } from "@/lib/domain/access";
import { ownAgencyScope } from "@/server/auth/agency-scope";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/services/access/manage-api-tokens";
import { adminProcedure, router } from "../trpc";

export const apiTokensRouter = router({
  list: adminProcedure.query(({ ctx }) => listApiTokens(ctx.database.db, ownAgencyScope(ctx.session))),
  create: adminProcedure.input(CreateApiTokenInput).mutation(({ ctx, input }) => createApiToken(ctx.database.db, ctx.session, ctx.actor, input)),
  revoke: adminProcedure.input(IdInput).mutation(({ ctx, input }) => revokeApiToken(ctx.database.db, ctx.session, ctx.actor, input.id)),
});
