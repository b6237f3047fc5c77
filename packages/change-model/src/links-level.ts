// The keyboard's "links level": Enter on an item goes onto its links in the selection panel,
// ↑/↓ (Home/End) move along them, Enter follows one, Backspace goes back, Escape clears — each
// move announced once. It works on the panel's link buttons, so it is part of the panel's lazy
// module (selection-details.ts): a reader who never selects anything never downloads it.
import { msg, str } from '@lit/localize';
import { focusAfterUpdate } from '@sammen/core';
import { resolveText, type ChangeModelLink } from '@sammen/sdk';
import type { ExploreController } from './explore-controller.js';

/** The panel's link buttons of `origin`, in order: what it leads to, then what it follows from. */
function linkRefs(explore: ExploreController, origin: string): string[] {
  const index = explore.index();
  if (!index) return [];
  return [...index.outgoing(origin).map((link) => `out:${link.id}`), ...index.incoming(origin).map((link) => `in:${link.id}`)];
}

/** "Link 2 of 3: Leads to Parents know the offers. <rationale>" */
function describeLink(explore: ExploreController, link: ChangeModelLink, origin: string): string {
  const out = link.from === origin;
  const list = linkRefs(explore, origin);
  const at = list.indexOf(`${out ? 'out' : 'in'}:${link.id}`) + 1;
  const name = out ? msg(str`Leads to ${explore.title(link.to)}`) : msg(str`Follows from ${explore.title(link.from)}`);
  const why = link.rationale ? ` ${resolveText(link.rationale, explore.lang())}` : '';
  return `${msg(str`Link ${at} of ${list.length}:`)} ${name}.${why}`;
}

/** Selects the link `ref` of `origin`'s and moves focus onto its button in the panel. */
export function focusLink(explore: ExploreController, origin: string, ref: string): void {
  const index = explore.index()!;
  const linkId = ref.slice(ref.indexOf(':') + 1);
  const link = [...index.outgoing(origin), ...index.incoming(origin)].find((candidate) => candidate.id === linkId);
  if (!link) return;
  explore.selectLink(link, origin);
  void focusAfterUpdate(explore.host, () => explore.links.get(ref));
  explore.announce(describeLink(explore, link, origin));
}

/** Enter on an item (selected already): onto its first link, or "It has no links." */
export function enterLinks(explore: ExploreController, id: string): void {
  const refs = linkRefs(explore, id);
  if (!refs.length) {
    explore.announce(msg(str`Selected: ${explore.describeItem(id)} It has no links.`));
    return;
  }
  explore.history.push({ kind: 'item', id });
  focusLink(explore, id, refs[0]!);
}

/** Keys on a link button in the panel. */
export function onLinkKeydown(explore: ExploreController, event: KeyboardEvent, link: ChangeModelLink, origin: string): void {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const refs = linkRefs(explore, origin);
  const here = refs.indexOf(`${link.from === origin ? 'out' : 'in'}:${link.id}`);
  const to = (at: number) => refs[Math.max(0, Math.min(refs.length - 1, at))]!;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Home' || event.key === 'End') {
    event.preventDefault();
    const next = event.key === 'Home' ? to(0) : event.key === 'End' ? to(refs.length - 1) : to(here + (event.key === 'ArrowDown' ? 1 : -1));
    if (next !== refs[here]) focusLink(explore, origin, next);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    explore.history.push({ kind: 'link', ref: refs[here]!, origin });
    explore.goTo(link.from === origin ? link.to : link.from);
  } else if (event.key === 'Backspace') {
    event.preventDefault();
    explore.back(origin);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    explore.activeItem = origin;
    explore.clear();
  }
}
