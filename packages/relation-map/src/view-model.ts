// What the render modules (drawing, table, list, forms, rounds) read and call: the element builds
// one of these per render, so the views stay functions of it and never reach into the element.
import type { Ref } from 'lit/directives/ref.js';
import type { FocusController } from '@sammen/core';
import type { MappingRound, Person, RelationMap, Tie } from '@sammen/sdk';
import type { Point } from '@sammen/core';

export type MapViewName = 'drawing' | 'table' | 'list';

/** The form open beside the drawing, if any. */
export type OpenForm =
  | { kind: 'person'; id?: string }
  | { kind: 'tie'; id?: string; from?: string; to?: string };

export interface MapView {
  map: RelationMap;
  round: MappingRound;
  people: Person[];
  ties: Tie[];
  positions: ReadonlyMap<string, Point>;
  /** Shown name: the label, or initials in presentation mode. */
  nameOf: (id: string) => string;
  kindText: (person: Person) => string;
  tieText: (tie: Tie, from?: string) => string;
  headingLevel: number;
  presentation: boolean;
  readOnly: boolean;
  view: MapViewName;
  /** The person holding the drawing's tab stop. */
  active: string | undefined;
  /** The person whose ties are listed (level 2), if any. */
  opened: string | undefined;
  /** The tie highlighted in the drawing (focused in the list). */
  highlighted: string | undefined;
  /** Children flagged by the closeness layer (few close adults); empty when the layer is off. */
  fewCloseAdults: ReadonlySet<string>;
  /** Children no other child chose in this round (group maps): marked in the drawing as children to invite in. */
  toInviteIn: ReadonlySet<string>;
  closenessLayer: boolean;
  dragMode: 'move' | 'connect';
  people$focus: FocusController<string>;
  /** The ties list's roving focus (there once the drawing is). */
  ties$focus: FocusController<string> | undefined;
  drawingRef: Ref<HTMLElement>;
  /** What is drawn behind the people: the network map's rings and sectors (SVG; nothing in a group map). */
  rings: unknown;
  zoom: { k: number; x: number; y: number };
  onDrawingKeydown: (event: KeyboardEvent) => void;
  onTiesKeydown: (event: KeyboardEvent) => void;
  onPointerDown: (event: PointerEvent) => void;
  onWheel: (event: WheelEvent) => void;
  openPerson: (id: string) => void;
  highlight: (key: string | undefined) => void;
  follow: (tie: Tie) => void;
  openForm: (form: OpenForm) => void;
  removeTie: (tie: Tie) => void;
  removePerson: (id: string) => void;
  renamePerson: (id: string, label: string) => void;
  setKind: (id: string, kind: Person['kind']) => void;
  setStrength: (tie: Tie, strength: number) => void;
}

// A tie's key lives with the edits (map-edits.ts), in the widget's chunk: the drawing and the table,
// both lazy, share it without a chunk of a few bytes of their own.
export { tieKey } from './map-edits.js';
