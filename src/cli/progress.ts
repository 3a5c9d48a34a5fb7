// A progress bar on standard error for long runs, shown only when stderr is a terminal (never
// in pipes, logs or CI, where it would be noise).
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  /** Sets the phase label and, when known, the total. */
  phase(label: string, total?: number): void;
  update(done: number, total?: number): void;
  stop(): void;
}

const silent: Progress = { phase: () => undefined, update: () => undefined, stop: () => undefined };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silent;
  let bar: SingleBar | null = null;
  let label = '';
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    phase(next, total) {
      stop();
      label = next;
      const format = total === undefined ? `${label} {value} articles` : `${label} [{bar}] {value}/{total} articles, {eta_formatted} left`;
      bar = new SingleBar({ format, stream, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
      bar.start(total ?? 0, 0);
    },
    update(done, total) {
      if (total !== undefined) bar?.setTotal(total);
      bar?.update(done);
    },
    stop,
  };
}
