/**
 * A progress bar for long console commands (`gremium import`): drawn with cli-progress when the
 * output is a terminal, silent otherwise so that logs and pipes get only the final report.
 */
import cliProgress from 'cli-progress';

/** A progress sink: feed it (done, total); call stop() before printing the report. */
export interface ConsoleProgress {
  readonly update: (done: number, total: number) => void;
  readonly stop: () => void;
}

/** A bar labelled `label` on `stream` (stdout by default), or a no-op when it is not a TTY. */
export function consoleProgress(label: string, stream: NodeJS.WriteStream = process.stdout): ConsoleProgress {
  if (!stream.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
