import type { WorkOrderRow } from "../operating-queries";
import { DetailList, When } from "./detail-list";

/** An open Open311 service request as the city's endpoint reported it. */
export function RequestDetails({ request, wardName, now }: { request: WorkOrderRow; wardName: string | undefined; now: Date }) {
  return (
    <DetailList
      rows={[
        ["Category", request.serviceName ?? request.serviceCode],
        ["Where", [request.address, wardName].filter(Boolean).join(" · ") || "Shown on the map"],
        ["Requested", <When key="r" at={request.requestedAt} now={now} />],
        ["Responsible", request.agencyResponsible ?? "Not assigned"],
        ...(request.description ? [["Description", request.description] as [string, string]] : []),
        ...(request.statusNotes ? [["Notes", request.statusNotes] as [string, string]] : []),
      ]}
    />
  );
}
