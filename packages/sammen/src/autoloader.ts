/**
 * The entry of the CDN folder (`dist/sammen.js`): loads a widget's module the first time its tag
 * appears in the page, so a page downloads only the widgets it shows. The build passes one
 * loader per tag (from `widgets.mjs`), each a dynamic import of a chunk next to this file.
 *
 * It watches the document, not shadow roots: a host that puts widgets inside its own open
 * shadow root calls `discover(root)` for it (a shadow root's mutations are not seen from the
 * document, and observing every shadow root would mean patching `attachShadow`). Our own widgets
 * need nothing from it: a widget's module defines the shared parts it renders.
 */

/** A tag's loader: imports the module that defines the tag. */
export type TagLoaders = Readonly<Record<string, () => Promise<unknown>>>;

const waiting = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;
const watch = (): void => observer?.observe(document.documentElement, { childList: true, subtree: true });

function load(tag: string): void {
  const loader = waiting.get(tag);
  if (!loader) return;
  waiting.delete(tag);
  if (!waiting.size) observer?.disconnect();
  loader().catch((error: unknown) => {
    // The chunk could not be fetched: let a later appearance of the tag try again.
    waiting.set(tag, loader);
    watch();
    console.error(`Sammen could not load <${tag}>:`, error);
  });
}

/** Loads the module of every watched tag in `root` (an element, document or shadow root). */
export function discover(root: ParentNode): void {
  if (!waiting.size) return;
  if (root instanceof Element) load(root.localName);
  for (const element of root.querySelectorAll([...waiting.keys()].join(','))) load(element.localName);
}

/** Starts watching the document for `loaders`' tags (tags already defined are skipped). */
export function autoload(loaders: TagLoaders): void {
  for (const [tag, loader] of Object.entries(loaders)) if (!customElements.get(tag)) waiting.set(tag, loader);
  observer ??= new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });
  discover(document);
  if (waiting.size) watch();
}
