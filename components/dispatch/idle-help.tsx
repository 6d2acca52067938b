/** What the work area says before the first call: how to start, in two keys. */
export function IdleHelp({ waiting }: { waiting: number }) {
  return (
    <div className="text-muted-foreground flex flex-col gap-3 p-5 text-sm">
      <h2 className="text-foreground text-base font-semibold">Ready for the next call</h2>
      <p>
        Press <kbd className="bg-secondary rounded px-1">N</kbd> to take a new call: type the place, pick the type, and the console recommends the units to send.
      </p>
      <p>
        {waiting > 0 ? `${waiting} call${waiting === 1 ? " is" : "s are"} awaiting dispatch: ` : "Calls from the call centre appear in the queue: "}
        press <kbd className="bg-secondary rounded px-1">J</kbd> to open the most urgent, then <kbd className="bg-secondary rounded px-1">Enter</kbd> to send its recommended unit.
      </p>
      <p>
        Press <kbd className="bg-secondary rounded px-1">?</kbd> for every shortcut.
      </p>
    </div>
  );
}
