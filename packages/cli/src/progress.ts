/** Reports progress of long work on stderr, one line per step (results never go to stderr). */
export interface Progress {
  step(message: string): void;
}

/** A progress reporter writing `gisement <command>: <message>` lines to a stream. */
export function stderrProgress(command: string, stream: NodeJS.WritableStream, quiet = false): Progress {
  const start = Date.now();
  return {
    step(message) {
      if (quiet) return;
      const seconds = ((Date.now() - start) / 1000).toFixed(1);
      stream.write(`gisement ${command}: [${seconds} s] ${message}\n`);
    },
  };
}
