/**
 * Hands values on in index order whatever order they arrive in, so output written from a pool
 * of workers does not depend on which worker finished first.
 */
export class InOrder<T> {
  private readonly waiting = new Map<number, T>();
  private nextIndex = 0;

  constructor(private readonly emit: (value: T, index: number) => void) {}

  /** The index the next emitted value has; everything below it has been emitted. */
  get next(): number {
    return this.nextIndex;
  }

  /** Values held back until the ones before them arrive. */
  get held(): number {
    return this.waiting.size;
  }

  push(index: number, value: T): void {
    this.waiting.set(index, value);
    for (let v = this.waiting.get(this.nextIndex); v !== undefined; v = this.waiting.get(this.nextIndex)) {
      this.waiting.delete(this.nextIndex);
      this.emit(v, this.nextIndex++);
    }
  }
}
