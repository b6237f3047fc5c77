import { MapActions } from '../map-actions.js';
import type { SammenRelationMap } from '../relation-map.js';

const actions = new WeakMap<SammenRelationMap, MapActions>();

/** The widget's edit actions (one object per widget, made on first use). */
export function actionsOf(host: SammenRelationMap): MapActions {
  let found = actions.get(host);
  if (!found) actions.set(host, (found = new MapActions(host)));
  return found;
}
