// The centre panel's next steps: pure, immutable list edits (add, change, remove, move).
import { newId, type NextStep } from '@sammen/sdk';

export function addStep(steps: readonly NextStep[], init: Partial<NextStep> = {}): NextStep[] {
  return [...steps, { id: init.id ?? newId(), text: init.text ?? '', who: init.who ?? '', due: init.due ?? '', done: init.done ?? false }];
}

export function updateStep(steps: readonly NextStep[], id: string, patch: Partial<Omit<NextStep, 'id'>>): NextStep[] {
  return steps.map((step) => (step.id === id ? { ...step, ...patch } : step));
}

export function removeStep(steps: readonly NextStep[], id: string): NextStep[] {
  return steps.filter((step) => step.id !== id);
}

/** Moves a step by `delta` places, clamped to the list; the same list when it cannot move. */
export function moveStep(steps: readonly NextStep[], id: string, delta: number): NextStep[] {
  const from = steps.findIndex((step) => step.id === id);
  const to = Math.max(0, Math.min(steps.length - 1, from + delta));
  if (from < 0 || from === to) return [...steps];
  const copy = [...steps];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved!);
  return copy;
}

/** Puts `step` back at `index` (clamped to the list), as undoing a removal does. */
export function insertStep(steps: readonly NextStep[], step: NextStep, index: number): NextStep[] {
  const at = Math.max(0, Math.min(steps.length, index));
  return [...steps.slice(0, at), step, ...steps.slice(at)];
}
