// The optional discussion timer per card: a pure countdown state (testable without waiting) and
// a controller that ticks it while it runs. The clock itself is silent (`role="timer"`); the end is
// shown and, through `onTimeUp`, spoken once by the widget's announcer.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A countdown: `elapsed` ms before the current run, `startedAt` while running. */
export interface TimerState {
  duration: number;
  elapsed: number;
  startedAt: number | undefined;
}

export const newTimer = (duration: number): TimerState => ({ duration, elapsed: 0, startedAt: undefined });

export const isRunning = (state: TimerState): boolean => state.startedAt !== undefined;

/** Milliseconds left at `now` (never below 0). */
export function remaining(state: TimerState, now: number): number {
  const running = state.startedAt === undefined ? 0 : now - state.startedAt;
  return Math.max(0, state.duration - state.elapsed - running);
}

export function start(state: TimerState, now: number): TimerState {
  return isRunning(state) || remaining(state, now) === 0 ? state : { ...state, startedAt: now };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.startedAt === undefined) return state;
  return { ...state, elapsed: state.elapsed + now - state.startedAt, startedAt: undefined };
}

export function reset(state: TimerState): TimerState {
  return newTimer(state.duration);
}

/** `m:ss` for a number of milliseconds, rounded up so 0:00 means really done. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Drives a {@link TimerState} in an element: ticks while running, stops when time is up. */
export class DiscussionTimerController implements ReactiveController {
  state: TimerState;
  private interval: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    duration: number,
    private readonly now: () => number = () => Date.now(),
    /** Called once when a running countdown reaches zero (not on reset or pause). */
    private readonly onTimeUp?: () => void,
  ) {
    this.state = newTimer(duration);
    host.addController(this);
  }

  get remaining(): number {
    return remaining(this.state, this.now());
  }

  get running(): boolean {
    return isRunning(this.state);
  }

  get timeIsUp(): boolean {
    return this.remaining === 0;
  }

  start(): void {
    this.state = start(this.state, this.now());
    this.tick();
  }

  pause(): void {
    this.state = pause(this.state, this.now());
    this.tick();
  }

  /** Back to the full duration, running. */
  restart(): void {
    this.state = start(newTimer(this.state.duration), this.now());
    this.tick();
  }

  /** Back to the full duration (optionally a new one), stopped. */
  reset(duration = this.state.duration): void {
    this.state = newTimer(duration);
    this.tick();
  }

  hostDisconnected(): void {
    this.stopTicking();
  }

  private tick(): void {
    if (this.running && this.remaining > 0) {
      this.interval ??= setInterval(() => this.tick(), 250);
    } else {
      const ended = this.running;
      if (ended) this.state = pause(this.state, this.now());
      this.stopTicking();
      if (ended) this.onTimeUp?.();
    }
    this.host.requestUpdate();
  }

  private stopTicking(): void {
    clearInterval(this.interval);
    this.interval = undefined;
  }
}
