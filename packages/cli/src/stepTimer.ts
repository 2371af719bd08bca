/** Seconds spent in each named step of a command, for its JSON report. */
export interface StepTimer {
  /** Record the time since the previous call (or the start) under `step`. */
  time(step: string): void;
  /** Every step's seconds and the total since the start. */
  report(): Record<string, number>;
}

/** A timer started now. */
export function stepTimer(): StepTimer {
  const started = Date.now();
  const timings: Record<string, number> = {};
  let lap = started;
  return {
    time(step) {
      const now = Date.now();
      timings[step] = (now - lap) / 1000;
      lap = now;
    },
    report: () => ({ ...timings, total: (Date.now() - started) / 1000 }),
  };
}
