/** The console's keyboard shortcuts: one list drives both the key handler and the legend on screen. */
export const SHORTCUTS = [
  { keys: ["N"], does: "New call" },
  { keys: ["J", "K"], does: "Next / previous incident" },
  { keys: ["Enter"], does: "Go to the recommended unit / press the focused button" },
  { keys: ["A"], does: "Assign every recommended unit" },
  { keys: ["1", "…", "9"], does: "Assign the unit with that number" },
  { keys: ["E"], does: "Edit the call's details" },
  { keys: ["T"], does: "Write a note on the timeline" },
  { keys: ["C"], does: "Clear the incident (units go available)" },
  { keys: ["X"], does: "Close a cleared incident" },
  { keys: ["P"], does: "Print the timeline" },
  { keys: ["Ctrl", "Enter"], does: "Save the call form" },
  { keys: ["Esc"], does: "Back to the queue" },
  { keys: ["?"], does: "Show all shortcuts" },
] as const;

/** Keys pressed in a text field belong to the field, except Escape. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
