"use client";

import { useEffect, useState } from "react";

/** The current time, refreshed every `intervalMs`, so ages in a list keep counting up. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
