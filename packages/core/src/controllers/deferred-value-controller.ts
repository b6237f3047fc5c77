import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Configuration of a {@link DeferredValueController}. */
export interface DeferredValueOptions<I, O> {
  /** What the value is derived from; read on every host update and compared with `===`. */
  input: () => I;
  /** The derivation; pure, may be costly (it runs only after typing pauses). */
  compute: (input: I) => O;
  /** Quiet time after the last change before `compute` runs, in ms. */
  delay?: number;
  /** Called after each deferred computation (not the first, immediate one), e.g. to announce a new result. */
  onChange?: (value: O, previous: O | undefined) => void;
}

/**
 * A value derived from the host's state, computed off the keystroke path: the first value at once
 * (so a loaded document shows its state in the first render), later ones only after the input has
 * been unchanged for `delay` ms, and never twice for the same input. Used for checks that read a
 * whole text, such as the privacy guard, so typing stays fast however long the text is.
 */
export class DeferredValueController<I, O> implements ReactiveController {
  /** The value for the last input computed (undefined before the first update). */
  value: O | undefined;
  private computedFor: { input: I } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DeferredValueOptions<I, O>,
  ) {
    host.addController(this);
  }

  /** True while the shown value lags behind the input (a change waits for its pause). */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  hostUpdate(): void {
    const input = this.options.input();
    if (!this.computedFor) {
      this.computeNow(input);
      return;
    }
    if (input === this.computedFor.input) {
      clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const previous = this.value;
      this.computeNow(this.options.input());
      this.host.requestUpdate();
      this.options.onChange?.(this.value as O, previous);
    }, this.options.delay ?? 300);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Reconnected, the host shows a fresh value at once again.
    this.computedFor = undefined;
  }

  private computeNow(input: I): void {
    this.computedFor = { input };
    this.value = this.options.compute(input);
  }
}
