import {
  AcknowledgeAlertInput,
  EscalateAlertInput,
  ListAlertsInput,
  ResolveAlertInput,
  SetAlertMuteInput,
  SetCapFeedAccessInput,
} from "@/lib/domain/alerts";
import { agencyScope } from "@/server/auth/agency-scope";
import { acknowledgeAlert } from "@/server/services/alerts/acknowledge-alert";
import { capFeedAccessOf, setCapFeedAccess } from "@/server/services/alerts/cap-feed-access";
import { escalateAlert } from "@/server/services/alerts/escalate-alert";
import { listAlertMutes } from "@/server/services/alerts/list-alert-mutes";
import { listAlerts } from "@/server/services/alerts/list-alerts";
import { resolveAlert } from "@/server/services/alerts/resolve-alert";
import { setAlertMute } from "@/server/services/alerts/set-alert-mute";
import { adminProcedure, dispatcherProcedure, operatorProcedure, router, viewerProcedure } from "../trpc";

export const alertsRouter = router({
  list: viewerProcedure
    .input(ListAlertsInput)
    .query(async ({ ctx, input }) => listAlerts(ctx.database.db, await agencyScope(ctx.database.db, ctx.session, "alerts"), input)),
  acknowledge: operatorProcedure.input(AcknowledgeAlertInput).mutation(({ ctx, input }) => acknowledgeAlert(ctx.database.db, ctx.session, ctx.actor, input)),
  resolve: operatorProcedure.input(ResolveAlertInput).mutation(({ ctx, input }) => resolveAlert(ctx.database.db, ctx.session, ctx.actor, input)),
  escalate: dispatcherProcedure.input(EscalateAlertInput).mutation(({ ctx, input }) => escalateAlert(ctx.database.db, ctx.session, ctx.actor, input)),
  /** The caller's own muted categories; a kiosk display has its own. */
  mutes: viewerProcedure.query(({ ctx }) => listAlertMutes(ctx.database.db, ctx.session)),
  setMute: viewerProcedure.input(SetAlertMuteInput).mutation(({ ctx, input }) => setAlertMute(ctx.database.db, ctx.session, ctx.actor, input)),
  capFeedAccess: adminProcedure.query(async ({ ctx }) => ({ agencyId: ctx.session.agencyId, access: await capFeedAccessOf(ctx.database.db, ctx.session.agencyId) })),
  setCapFeedAccess: adminProcedure.input(SetCapFeedAccessInput).mutation(({ ctx, input }) => setCapFeedAccess(ctx.database.db, ctx.session, ctx.actor, input)),
});
