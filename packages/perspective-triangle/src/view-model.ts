// What the triangle's templates read and call; the element implements it.
import type { NextStep, PerspectiveId, PerspectiveSession, StoreLocation } from '@sammen/sdk';
import type { SaveStatus } from '@sammen/core';
import type { PartId } from './session-progress.js';

export interface TriangleViewModel {
  readonly session: PerspectiveSession;
  readonly lang: string;
  readonly readOnly: boolean;
  readonly selected: PartId;
  /** Level of the widget's top headings (the host's `heading-level`); sub-headings go one below. */
  readonly headingLevel: number;
  readonly saveStatus: SaveStatus;
  readonly storeLocation: StoreLocation;

  setSituation(patch: { title?: string; description?: string }): void;
  setAnswer(perspective: PerspectiveId, promptId: string, text: string): void;
  setSharedUnderstanding(text: string): void;
  addStep(): void;
  updateStep(id: string, patch: Partial<Omit<NextStep, 'id'>>): void;
  removeStep(id: string): void;
  moveStep(id: string, delta: number): void;
}
