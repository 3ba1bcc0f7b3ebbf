import { describe, expect, it } from 'vitest';
import { GenProgress } from '../src/commands/gen-progress.js';

/** A terminal that keeps what was written, and a clock the test moves. */
function terminal(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  const stream = { isTTY, columns: 80, write: (text: string) => written.push(text) > 0 };
  return { written, stream, clock: () => now, advance: (ms: number) => (now += ms) };
}

describe('gen progress', () => {
  it('stays silent for a run that ends within two seconds', () => {
    const t = terminal(true);
    const progress = new GenProgress(t.stream as never, t.clock);
    t.advance(1500);
    progress.rendered(10, 10);
    progress.writing(90);
    progress.done();
    expect(t.written).toEqual([]);
  });

  it('after two seconds redraws one line in place, at most ten times a second, and clears it at the end', () => {
    const t = terminal(true);
    const progress = new GenProgress(t.stream as never, t.clock);
    t.advance(2500);
    progress.rendered(4000, 16000);
    t.advance(50);
    progress.rendered(4001, 16000); // within 100 ms of the last draw: skipped
    t.advance(60);
    progress.rendered(5000, 16000);
    progress.rendered(16000, 16000); // the last one is always shown
    progress.writing(144001);
    progress.done();
    expect(t.written).toEqual([
      '\r\x1b[2Ksnipgen: rendered 4,000 of 16,000 endpoints (25%)',
      '\r\x1b[2Ksnipgen: rendered 5,000 of 16,000 endpoints (31%)',
      '\r\x1b[2Ksnipgen: rendered 16,000 of 16,000 endpoints (100%)',
      '\r\x1b[2Ksnipgen: writing 144,001 files',
      '\r\x1b[2K',
    ]);
  });

  it('writes nothing when stderr is not a terminal (CI logs, pipes)', () => {
    const t = terminal(false);
    const progress = new GenProgress(t.stream as never, t.clock);
    t.advance(10_000);
    progress.rendered(1, 2);
    progress.writing(3);
    progress.done();
    expect(t.written).toEqual([]);
  });
});
