// What the triangle's templates read and call; the element implements it.
import type { NextStep, PerspectiveId, PerspectiveSession, PersonalDataKind, StoreLocation } from '@sammen/sdk';
import type { SaveStatus } from '@sammen/core';
import type { PartId } from './session-progress.js';
import type { StepElement } from './next-steps-controller.js';

/** The next steps' part of the view model (filled by the NextStepsController). */
export interface StepActions {
  /** The 1-based number of the step just removed, while it can be undone. */
  readonly removedStep: number | undefined;
  /** The callback for Lit's `ref()` on a step element (so focus is moved without selectors). */
  stepRef(key: StepElement): (element?: Element) => void;
  addStep(): void;
  updateStep(id: string, patch: Partial<Omit<NextStep, 'id'>>): void;
  removeStep(id: string): void;
  moveStep(id: string, delta: number): void;
  undoRemove(): void;
}

export interface TriangleViewModel extends StepActions {
  readonly session: PerspectiveSession;
  readonly lang: string;
  readonly readOnly: boolean;
  readonly selected: PartId;
  /** Level of the widget's top headings (the host's `heading-level`); sub-headings go one below. */
  readonly headingLevel: number;
  readonly saveStatus: SaveStatus;
  readonly storeLocation: StoreLocation;
  /** What the privacy guard found in the title and description (derived after typing pauses). */
  readonly personalData: readonly PersonalDataKind[];

  setSituation(patch: { title?: string; description?: string }): void;
  setAnswer(perspective: PerspectiveId, promptId: string, text: string): void;
  setSharedUnderstanding(text: string): void;
}
