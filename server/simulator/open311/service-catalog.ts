/** The citizen service requests the simulated city takes (Open311 GeoReport v2 services.json). */
import type { Open311Service } from "@/server/feeds/open311/open311-types";

export const SERVICE_CODES = ["pothole", "streetlight-out", "garbage-uncollected", "water-leak"] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

export interface ServiceDefinition extends Open311Service {
  serviceCode: ServiceCode;
  agencyResponsible: string;
  /** Share of all requests. */
  share: number;
  /** Simulated hours from report to repair: uniform in this range. */
  repairHours: [number, number];
  /** Usual time to resolve, for expected_datetime. */
  targetHours: number;
  descriptions: string[];
  closingNote: string;
}

export const SERVICES: Record<ServiceCode, ServiceDefinition> = {
  pothole: {
    serviceCode: "pothole",
    serviceName: "Pothole",
    description: "A pothole or sunken patch on a road. Give the nearest landmark.",
    metadata: false,
    type: "realtime",
    keywords: ["road", "pothole", "tarmac"],
    group: "Roads",
    agencyResponsible: "Kenya Urban Roads Authority, Nairobi",
    share: 0.35,
    repairHours: [24, 120],
    targetHours: 72,
    descriptions: ["Deep pothole in the left lane, cars swerving", "Potholes after the rains, matatus splashing pedestrians", "Road surface broken near the stage"],
    closingNote: "Patched by the roads crew.",
  },
  "streetlight-out": {
    serviceCode: "streetlight-out",
    serviceName: "Street light out",
    description: "Street lights that are off at night or flickering.",
    metadata: false,
    type: "realtime",
    keywords: ["light", "lamp", "street light", "dark"],
    group: "Lighting",
    agencyResponsible: "Nairobi City County Public Lighting",
    share: 0.25,
    repairHours: [6, 48],
    targetHours: 24,
    descriptions: ["Whole stretch of street lights off, very dark for people walking home", "Two lamps out near the footbridge", "Street light flickering all night"],
    closingNote: "Lamps replaced and circuit tested.",
  },
  "garbage-uncollected": {
    serviceCode: "garbage-uncollected",
    serviceName: "Uncollected garbage",
    description: "Bins or waste points overflowing past their collection day.",
    metadata: false,
    type: "batch",
    keywords: ["garbage", "rubbish", "waste", "bin"],
    group: "Sanitation",
    agencyResponsible: "Nairobi City County Solid Waste Management",
    share: 0.25,
    repairHours: [4, 24],
    targetHours: 24,
    descriptions: ["Bin overflowing onto the road, not collected this week", "Garbage piling up at the market collection point", "Uncollected rubbish attracting dogs and flies"],
    closingNote: "Collected by the waste truck.",
  },
  "water-leak": {
    serviceCode: "water-leak",
    serviceName: "Water leak",
    description: "A leaking or burst water pipe, or water running in the street.",
    metadata: false,
    type: "realtime",
    keywords: ["water", "leak", "pipe", "burst"],
    group: "Water",
    agencyResponsible: "Nairobi City Water & Sewerage Company",
    share: 0.15,
    repairHours: [2, 12],
    targetHours: 12,
    descriptions: ["Water pipe leaking at the roadside since yesterday", "Burst pipe, clean water running down the street", "Leaking meter chamber flooding the pavement"],
    closingNote: "Leak repaired by the water company.",
  },
};
