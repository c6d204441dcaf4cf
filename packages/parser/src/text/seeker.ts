/**
 * `text.indexOf(char, from)` and `text.lastIndexOf(char, at)` for a caller that asks
 * at positions that mostly grow (facts in text order): each answer starts from the
 * last one instead of from the position, so a pass over a long line with no such
 * character costs the line once, not once per question. Same answers as the string
 * methods, whatever the order of the questions.
 */
export class CharSeeker {
  private nextFrom = -1;
  private nextFound = -1;
  private lastAt = -1;
  private lastFound = -1;

  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}

  /** text.indexOf(char, from) */
  next(from: number): number {
    const start = Math.max(0, from);
    const known =
      this.nextFrom >= 0 && start >= this.nextFrom && (this.nextFound < 0 || start <= this.nextFound);
    if (!known) {
      this.nextFrom = start;
      this.nextFound = this.text.indexOf(this.char, start);
    }
    return this.nextFound;
  }

  /** text.lastIndexOf(char, at) */
  last(at: number): number {
    const end = Math.min(at, this.text.length - 1);
    if (end < 0) return -1;
    if (this.lastAt < 0 || end < this.lastAt) {
      this.lastAt = end;
      this.lastFound = this.text.lastIndexOf(this.char, end);
      return this.lastFound;
    }
    for (let i = end; i > this.lastAt; i--) {
      if (this.text[i] === this.char) {
        this.lastFound = i;
        break;
      }
    }
    this.lastAt = end;
    return this.lastFound;
  }
}
