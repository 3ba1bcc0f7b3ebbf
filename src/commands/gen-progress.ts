import { clearStatus, redrawStatus } from './status-line.js';

/**
 * gen's progress line. Most runs end within a second, and a line that flashes by is noise, so it
 * stays silent for the first two seconds; then it is redrawn in place on a TTY, at most ten times
 * a second. Off a TTY (CI logs, pipes) it writes nothing.
 */
export class GenProgress {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY' | 'columns'> | undefined,
    private readonly now: () => number = Date.now,
    private readonly quietMs = 2000,
  ) {
    this.started = now();
  }

  rendered(done: number, total: number): void {
    this.draw(() => `snipgen: rendered ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} endpoints (${Math.floor((done / total) * 100)}%)`, done === total);
  }

  writing(files: number): void {
    this.draw(() => `snipgen: writing ${files.toLocaleString('en-US')} files`, true);
  }

  /** Clears the line, so the summary that follows starts on a clean one. */
  done(): void {
    if (this.drawn) clearStatus(this.stream!);
    this.drawn = false;
  }

  /** `text` is a function because the line is composed only when drawn: toLocaleString loads locale data, about 15 ms of a cold start. */
  private draw(text: () => string, always: boolean): void {
    if (!this.stream?.isTTY) return;
    const now = this.now();
    if (now - this.started < this.quietMs || (!always && now - this.lastDraw < 100)) return;
    this.lastDraw = now;
    this.drawn = true;
    redrawStatus(this.stream, text());
  }
}
