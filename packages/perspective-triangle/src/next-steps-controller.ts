// The next steps' keyboard behaviour: where focus goes after adding, moving and removing a step,
// and undoing a removal. Removing moves focus to the list's heading — never to the next step's
// "Remove" button, where a second Enter would remove another step — and offers "Undo".
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { newId, type NextStep } from '@sammen/sdk';
import { ElementRefs, focusAfterUpdate } from '@sammen/core';
import { addStep, insertStep, moveStep, removeStep, updateStep } from './next-steps.js';
import type { StepActions } from './view-model.js';

export interface NextStepsOptions {
  /** The session's steps now. */
  steps: () => readonly NextStep[];
  /** Applies an edit to the steps (saved by the host). */
  edit: (edit: (steps: readonly NextStep[]) => NextStep[]) => void;
  /** Speaks a message through the widget's one live region. */
  announce: (text: string) => void;
}

/** Elements focus moves to: the list's heading, and a step's text field and move buttons. */
export type StepElement = 'heading' | `${string}:${'text' | 'up' | 'down'}`;

export class NextStepsController implements ReactiveController {
  /** The step elements, filled by the panel's `ref()`s. */
  readonly refs = new ElementRefs<StepElement>();
  /** The last removed step and where it was, until it is undone or the steps change otherwise. */
  private removed: { step: NextStep; index: number } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: NextStepsOptions,
  ) {
    host.addController(this);
  }

  // Nothing to set up: the controller only reacts to the panel's calls.
  hostConnected(): void {}

  /** What the panel calls and reads. */
  get actions(): StepActions {
    return {
      removedStep: this.removed ? this.removed.index + 1 : undefined,
      stepRef: (key) => this.refs.ref(key),
      addStep: () => this.add(),
      updateStep: (id, patch) => this.options.edit((steps) => updateStep(steps, id, patch)),
      removeStep: (id) => this.remove(id),
      moveStep: (id, delta) => this.move(id, delta),
      undoRemove: () => this.undo(),
    };
  }

  private focus(key: StepElement): void {
    void focusAfterUpdate(this.host, () => this.refs.get(key));
  }

  private add(): void {
    const id = newId();
    this.removed = undefined;
    this.options.edit((steps) => addStep(steps, { id }));
    const number = this.options.steps().length;
    this.options.announce(msg(str`Step ${number} added.`));
    this.focus(`${id}:text`);
  }

  private remove(id: string): void {
    const index = this.options.steps().findIndex((step) => step.id === id);
    const step = this.options.steps()[index];
    if (!step) return;
    this.removed = { step, index };
    this.options.edit((steps) => removeStep(steps, id));
    this.options.announce(msg(str`Step ${index + 1} removed. You can undo it after the list.`));
    this.focus('heading');
  }

  private undo(): void {
    const removed = this.removed;
    if (!removed) return;
    this.removed = undefined;
    this.options.edit((steps) => insertStep(steps, removed.step, removed.index));
    const position = Math.min(removed.index, this.options.steps().length - 1) + 1;
    this.options.announce(msg(str`Step ${position} is back.`));
    this.focus(`${removed.step.id}:text`);
  }

  private move(id: string, delta: number): void {
    this.removed = undefined;
    this.options.edit((steps) => moveStep(steps, id, delta));
    const steps = this.options.steps();
    const position = steps.findIndex((step) => step.id === id) + 1;
    this.options.announce(msg(str`Moved to position ${position} of ${steps.length}.`));
    // At the top (or bottom) the pressed button is disabled: the one that still works takes focus.
    void focusAfterUpdate(this.host, () => {
      const pressed = this.refs.get(`${id}:${delta < 0 ? 'up' : 'down'}`);
      return pressed && !pressed.hasAttribute('disabled') ? pressed : this.refs.get(`${id}:${delta < 0 ? 'down' : 'up'}`);
    });
  }
}
