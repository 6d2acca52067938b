"use client";

import { useSyncExternalStore } from "react";
import { WALL_TEXT } from "./wall-text";
import { enableAudio, isAudioBlocked, isAudioBlockedOnServer, subscribeToAudio } from "./wall-audio";

/** Shown while the browser keeps the wall silent; one click enables the interrupt chime for good. */
export function SoundPrompt() {
  const blocked = useSyncExternalStore(subscribeToAudio, isAudioBlocked, isAudioBlockedOnServer);
  if (!blocked) return null;
  return (
    <button type="button" onClick={enableAudio} className={`${WALL_TEXT.small} rounded-[1vh] border-[0.3vh] border-amber-300 px-[1.5vh] py-[0.5vh] font-semibold whitespace-nowrap text-amber-200`}>
      Click to enable sound
    </button>
  );
}
