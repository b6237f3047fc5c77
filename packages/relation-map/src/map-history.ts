// TEMPORARY until core's generic undo history (cm-logic, packages/core/src/history/) is merged:
// the same shape, so switching is an import change.
export class MapHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  record(before: T): void {
    this.past.push(before);
    if (this.past.length > 100) this.past.shift();
    this.future = [];
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  undo(current: T): T | undefined {
    const before = this.past.pop();
    if (before !== undefined) this.future.push(current);
    return before;
  }
  redo(current: T): T | undefined {
    const after = this.future.pop();
    if (after !== undefined) this.past.push(current);
    return after;
  }
  clear(): void {
    this.past = [];
    this.future = [];
  }
}
