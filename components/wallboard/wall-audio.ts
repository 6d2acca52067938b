/**
 * One AudioContext for the page, made on first use and kept for the wall's whole life (a new
 * one per alert would pile up). Browsers start it suspended until someone clicks the page.
 */
let context: AudioContext | null = null;
const audio = () => (context ??= new AudioContext());

export function subscribeToAudio(onChange: () => void) {
  const ctx = audio();
  ctx.addEventListener("statechange", onChange);
  return () => ctx.removeEventListener("statechange", onChange);
}

export const isAudioBlocked = () => audio().state !== "running";
export const isAudioBlockedOnServer = () => false;

export function enableAudio() {
  void audio().resume();
}

/** Three rising two-tone pulses: noticeable across a control room without being a siren. */
export function playChime() {
  const ctx = audio();
  if (ctx.state !== "running") return;
  const start = ctx.currentTime;
  for (let pulse = 0; pulse < 3; pulse++) {
    for (const [offset, frequency] of [[0, 660], [0.18, 880]] as const) {
      const at = start + pulse * 0.6 + offset;
      const oscillator = ctx.createOscillator();
      const gain = ctx.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.16);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.17);
    }
  }
}
