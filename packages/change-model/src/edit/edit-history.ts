// The undo and redo stacks of an editing session: whole models, since edits are pure and models
// small (a 100-item model is a few tens of kB); labels say what each step did.
import type { ChangeModel } from '@sammen/sdk';

interface Step {
  /** The model before (undo) or after (redo) the step. */
  model: ChangeModel;
  label: string;
}

/** Bounded undo/redo over models. */
export class EditHistory {
  private past: Step[] = [];
  private future: Step[] = [];

  constructor(private readonly limit = 100) {}

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Records an edit from `before`; a new edit forgets what could be redone. */
  record(before: ChangeModel, label: string): void {
    this.past.push({ model: before, label });
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** The model to go back to from `current`, with the undone step's label; undefined when none. */
  undo(current: ChangeModel): Step | undefined {
    const step = this.past.pop();
    if (step) this.future.push({ model: current, label: step.label });
    return step;
  }

  /** The model to go forward to from `current`; undefined when none. */
  redo(current: ChangeModel): Step | undefined {
    const step = this.future.pop();
    if (step) this.past.push({ model: current, label: step.label });
    return step;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
