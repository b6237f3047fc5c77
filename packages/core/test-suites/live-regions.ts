// What a screen reader would hear from a widget: every live region (`aria-live`, `role="status"`,
// `role="alert"`, `role="log"`) in the widget's shadow tree and in the shadow trees of its parts,
// recorded each time its text changes to something non-empty. A region that becomes live with
// text already in it (a role set later) counts too, because screen readers speak it.
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

function shadowRoots(node: Element | ShadowRoot, into: ShadowRoot[] = []): ShadowRoot[] {
  const host = node as Element;
  if (host.shadowRoot) {
    into.push(host.shadowRoot);
    shadowRoots(host.shadowRoot, into);
  }
  for (const child of node.querySelectorAll('*')) if (child.shadowRoot) shadowRoots(child, into);
  return into;
}

/** The live region a node belongs to, within its own tree (regions do not reach into child shadow roots' ancestors). */
function regionOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(LIVE) ?? null;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Records what the live regions under `host` say until `stop()`. */
export class LiveRegionRecorder {
  /** Everything spoken, in order. */
  readonly spoken: string[] = [];
  private readonly observed = new Set<ShadowRoot>();
  private readonly last = new Map<Element, string>();
  private readonly observer = new MutationObserver((records) => this.onMutations(records));

  constructor(private readonly host: Element) {
    this.observeAll();
    for (const root of this.observed) for (const region of root.querySelectorAll(LIVE)) this.last.set(region, squash(region.textContent));
  }

  /** How many times `text` (a substring) was spoken. */
  count(text: string): number {
    return this.spoken.filter((message) => message.includes(text)).length;
  }

  stop(): void {
    this.observer.disconnect();
  }

  private observeAll(): void {
    for (const root of shadowRoots(this.host)) {
      if (this.observed.has(root)) continue;
      this.observed.add(root);
      this.observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['role', 'aria-live'] });
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const regions = new Set<Element>();
    for (const record of records) {
      const region = regionOf(record.target);
      if (region) regions.add(region);
      for (const added of record.addedNodes) {
        if (added instanceof Element) for (const inner of [added, ...added.querySelectorAll(LIVE)]) if (inner.matches(LIVE)) regions.add(inner);
      }
    }
    for (const region of regions) {
      const text = squash(region.textContent);
      const before = this.last.get(region);
      this.last.set(region, text);
      if (text && text !== before) this.spoken.push(text);
      else if (text && text === before && records.some((record) => record.target === region && record.type === 'attributes')) this.spoken.push(text);
    }
    this.observeAll();
  }
}
