// What the change model's templates read and call; the element fills it on each render, so
// templates never reach into the element (and cm-edit's panels get the same object).
import type { ItemMark } from './compare/compare-rows.js';
import type { ChangeModel, ChangeModelLink } from '@sammen/sdk';
import type { ChangeModelSelection } from './events.js';
import type { ModelIndex } from './model-index.js';
import type { ConnectorPath } from './connector-layout.js';

export type ChangeModelViewName = 'detail' | 'overview' | 'outline';

export interface ModelViewModel {
  readonly model: ChangeModel;
  readonly index: ModelIndex;
  /** The language content is shown in. */
  readonly lang: string;
  readonly headingLevel: number;
  readonly view: ChangeModelViewName;
  readonly selection: ChangeModelSelection | undefined;
  /** Items (and links, by `linkKey`) in the selection's line of sight; undefined when nothing is selected. */
  readonly inSight: ReadonlySet<string> | undefined;
  /** Items shown while the indicator filter is on (at-risk items and their chains); undefined when off. */
  readonly filtered: ReadonlySet<string> | undefined;
  /** Items that themselves have an indicator at risk (marked while the filter is on). */
  readonly atRisk: ReadonlySet<string>;
  /** The item holding the board's one tab stop. */
  readonly activeItem: string | undefined;
  readonly connectors: readonly ConnectorPath[];
  /**
   * Whether cards list what they lead to and follow from (narrow screens, where the connectors
   * give way to these lists). Beside connectors they are not rendered: the item's description
   * gives the counts, and the selection panel and the outline name every link.
   */
  readonly linkLists?: boolean;
  /** Ref callbacks so controllers find elements without selectors. */
  itemRef(id: string): (element?: Element) => void;
  linkRef(key: string): (element?: Element) => void;
  boardRef(element?: Element): void;
  /** Handlers. */
  onBoardKeydown(event: KeyboardEvent): void;
  onLinkKeydown(event: KeyboardEvent, link: ChangeModelLink, from: string): void;
  selectItem(id: string): void;
  selectLink(link: ChangeModelLink, origin?: string): void;
  goTo(id: string): void;
  clearSelection(): void;
  /** Edit mode's outgoing link port for a card (a hook into the lazy editor); absent when not editing. */
  renderPort?: ((id: string) => unknown) | undefined;
  /** Items marked by a comparison (edit mode's "what changed"): added or changed since the compared version. */
  readonly marks?: ReadonlyMap<string, ItemMark> | undefined;
}
