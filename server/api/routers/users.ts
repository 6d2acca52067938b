import { CreateUserInput, UpdateUserInput } from "@/lib/domain/access";
import { ownAgencyScope } from "@/server/auth/agency-scope";
import { createUser, listUsers, updateUser } from "@/server/services/access/manage-users";
import { adminProcedure, router } from "../trpc";

export const usersRouter = router({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.database.db, ownAgencyScope(ctx.session))),
  create: adminProcedure.input(CreateUserInput).mutation(({ ctx, input }) => createUser(ctx.database.db, ctx.session, ctx.actor, input)),
  update: adminProcedure.input(UpdateUserInput).mutation(({ ctx, input }) => updateUser(ctx.database.db, ctx.session, ctx.actor, input)),
});
