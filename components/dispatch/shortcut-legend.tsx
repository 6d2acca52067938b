import { SHORTCUTS } from "./shortcuts";

const Key = ({ children }: { children: string }) => (
  <kbd className="bg-secondary text-secondary-foreground rounded border px-1.5 py-0.5 font-mono text-[11px] leading-none">{children}</kbd>
);

/** The shortcuts, always on screen (the first few) or all of them (the ? overlay). */
export function ShortcutLegend({ all = false }: { all?: boolean }) {
  const shown = all ? SHORTCUTS : SHORTCUTS.filter((s) => ["N", "J", "Enter", "A", "1", "C", "?"].includes(s.keys[0]));
  return (
    <ul aria-label="Keyboard shortcuts" className={all ? "grid grid-cols-1 gap-2" : "flex flex-wrap items-center gap-x-4 gap-y-1"}>
      {shown.map((shortcut) => (
        <li key={shortcut.does} className="flex items-center gap-1.5 text-xs">
          <span className="flex items-center gap-0.5">
            {shortcut.keys.map((key) => (key === "…" ? <span key={key}>–</span> : <Key key={key}>{key}</Key>))}
          </span>
          <span className="text-muted-foreground">{shortcut.does}</span>
        </li>
      ))}
    </ul>
  );
}
