import { CreateSharingGrantInput, IdInput } from "@/lib/domain/access";
import { ownAgencyScope } from "@/server/auth/agency-scope";
import { createSharingGrant, listSharingGrants, revokeSharingGrant } from "@/server/services/access/manage-sharing-grants";
import { adminProcedure, router } from "../trpc";

export const sharingRouter = router({
  list: adminProcedure.query(({ ctx }) => listSharingGrants(ctx.database.db, ownAgencyScope(ctx.session))),
  grant: adminProcedure.input(CreateSharingGrantInput).mutation(({ ctx, input }) => createSharingGrant(ctx.database.db, ctx.session, ctx.actor, input)),
  revoke: adminProcedure.input(IdInput).mutation(({ ctx, input }) => revokeSharingGrant(ctx.database.db, ctx.session, ctx.actor, input.id)),
});
