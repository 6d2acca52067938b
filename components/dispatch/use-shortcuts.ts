"use client";

import { useEffect, useRef } from "react";
import { isTypingTarget } from "./shortcuts";

export type ShortcutHandlers = Partial<Record<string, () => void>>;

/**
 * Single-key shortcuts for the whole page, by lower-cased `event.key` ("n", "1", "escape", "?").
 * Ignored while typing in a field (except Escape) and when Ctrl, Alt or Meta is held, so they
 * never fight the browser's or a field's own keys; Enter is left to the focused button.
 */
export function useShortcuts(handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key !== "escape" && isTypingTarget(event.target)) return;
      if (key === "enter" && event.target instanceof HTMLElement && event.target.closest("button, a, [role=combobox]")) return;
      const handler = latest.current[key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
