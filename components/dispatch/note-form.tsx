"use client";

import { useState, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** One line onto the timeline: what a caller added, what a crew radioed. T focuses it. */
export function NoteForm({ onAdd, inputRef }: { onAdd: (text: string) => Promise<unknown> | unknown; inputRef: RefObject<HTMLInputElement | null> }) {
  const [text, setText] = useState("");
  return (
    <form
      aria-label="Add a note"
      className="flex gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!text.trim()) return;
        await onAdd(text.trim());
        setText("");
      }}
    >
      <Input ref={inputRef} aria-label="Note" placeholder="Note for the timeline (T)" value={text} onChange={(event) => setText(event.target.value)} />
      <Button type="submit" variant="secondary" disabled={!text.trim()}>
        Add
      </Button>
    </form>
  );
}
