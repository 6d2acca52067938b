import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LocalTime } from "../local-time";
import { interpolateHourly } from "./hourly-curve";
import { AirQualityModel } from "./air-quality";
import { buildPm25Profile } from "./pm25-profile";
import { parsePm25Csv } from "./pm25-series";

const NAIROBI_OFFSET_MIN = 180;
const realSeries = () => parsePm25Csv(readFileSync("db/seed/nairobi/env/pm25-nairobi-2018.csv", "utf8"));

describe("parsePm25Csv", () => {
  it("reads M/D/YYYY H:MM and H:MM:SS stamps, and bare H:MM:SS rows on the day before them", () => {
    const csv = ["timestamp,P2", "09/01/2018 23:50,10.5", "9/1/2018 23:55:30,11", "0:00:30,12", "0:05:00,13", "12/31/2018 1:02,14"].join("\n");
    expect(parsePm25Csv(csv)).toEqual({
      samples: [
        { time: new Date("2018-09-01T23:50:00Z"), value: 10.5 },
        { time: new Date("2018-09-01T23:55:30Z"), value: 11 },
        { time: new Date("2018-09-02T00:00:30Z"), value: 12 },
        { time: new Date("2018-09-02T00:05:00Z"), value: 13 },
        { time: new Date("2018-12-31T01:02:00Z"), value: 14 },
      ],
      skipped: 0,
    });
  });

  it("skips rows it cannot place or read, and counts them", () => {
    const csv = ["timestamp,P2", "1:00:00,5", "09/01/2018 00:00,", "09/01/2018 00:05,abc", "13/01/2018 00:10,4", "09/01/2018 25:00,4", "09/01/2018 00:15,-3", "09/01/2018 00:20,1e9", "garbage", "09/01/2018 00:25,7"].join("\n");
    const { samples, skipped } = parsePm25Csv(csv);
    expect(samples).toEqual([{ time: new Date("2018-09-01T00:25:00Z"), value: 7 }]);
    expect(skipped).toBe(8);
  });

  it("reads the whole real series", () => {
    const { samples, skipped } = realSeries();
    expect(samples.length).toBeGreaterThan(32_000);
    expect(skipped).toBe(0);
  });
});

describe("buildPm25Profile on the real 2018 series", () => {
  const profile = buildPm25Profile(realSeries().samples, NAIROBI_OFFSET_MIN);
  const at = (hour: number) => interpolateHourly(profile.hourlyMedian, hour);

  it("has the city's daily shape: morning and evening peaks over a midday trough", () => {
    expect(at(19.5)).toBeGreaterThan(1.4 * at(14.5));
    expect(at(8)).toBeGreaterThan(1.4 * at(14.5));
    expect(at(3)).toBeLessThan(at(19.5));
  });

  it("keeps the real spike episodes, mostly in the evening, about one every three days", () => {
    expect(profile.episodes.length).toBeGreaterThanOrEqual(20);
    expect(profile.episodesPerDay).toBeGreaterThan(0.15);
    expect(profile.episodesPerDay).toBeLessThan(0.6);
    const evening = profile.episodes.filter((episode) => episode.startHour >= 17 && episode.startHour < 24);
    expect(evening.length).toBeGreaterThan(profile.episodes.length / 2);
    expect(Math.max(...profile.episodes.flatMap((episode) => episode.multipliers))).toBeGreaterThan(10);
  });

  it("drives the simulated wards with that shape: evenings dirtier than afternoons, every ward plausible", () => {
    const model = new AirQualityModel(profile, new LocalTime(NAIROBI_OFFSET_MIN), 7);
    const wards = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const mean = (localHour: number) => {
      let sum = 0;
      for (let day = 0; day < 10; day++) {
        const at = new Date(Date.UTC(2026, 2, 1 + day) + (localHour - 3) * 3_600_000);
        for (const ward of wards) sum += model.valueAt(ward, at);
      }
      return sum / (10 * wards.length);
    };
    expect(mean(19.5)).toBeGreaterThan(1.3 * mean(14.5));
    const day = Array.from({ length: 288 }, (_, step) => model.valueAt("w1", new Date(Date.UTC(2026, 2, 3) + step * 300_000)));
    expect(Math.min(...day)).toBeGreaterThan(0);
    expect(Math.max(...day)).toBeLessThan(1000);
  });
});
