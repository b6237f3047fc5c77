// What the triangle's templates read and call; the element implements it.
import type { NextStep, PerspectiveId, PerspectiveSession, PersonalDataKind, StoreLocation } from '@sammen/sdk';
import type { SaveStatus } from '@sammen/core';
import type { PartId } from './session-progress.js';

export interface TriangleViewModel {
  readonly session: PerspectiveSession;
  readonly lang: string;
  readonly readOnly: boolean;
  readonly selected: PartId;
  readonly saveStatus: SaveStatus;
  readonly storeLocation: StoreLocation;
  /** What the privacy guard found in the title and description (derived after typing pauses). */
  readonly personalData: readonly PersonalDataKind[];

  setSituation(patch: { title?: string; description?: string }): void;
  setAnswer(perspective: PerspectiveId, promptId: string, text: string): void;
  setSharedUnderstanding(text: string): void;
  addStep(): void;
  updateStep(id: string, patch: Partial<Omit<NextStep, 'id'>>): void;
  removeStep(id: string): void;
  moveStep(id: string, delta: number): void;
}
