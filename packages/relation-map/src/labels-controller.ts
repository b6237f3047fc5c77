// Keeps the drawing's names from overlapping (label-placement.ts) as the drawing changes: after
// each render, and whenever zoom or pan changes the drawing's transform — which the zoom controller
// writes straight into the DOM without a render, so this watches the drawing's style attribute.
// It measures the names as drawn (getBoundingClientRect) and hides the ones that would collide
// (visibility, so they keep their box and can come back when there is room).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { visibleLabels, type Box, type LabelCandidate, type Obstacle } from './label-placement.js';

export interface LabelsOptions {
  element: () => HTMLElement | undefined;
  /** How much each person's name matters (higher keeps it first; missing is 0). */
  priorities: () => ReadonlyMap<string, number>;
}

const boxOf = (element: Element): Box => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
};

export class LabelsController implements ReactiveController {
  private observer: MutationObserver | undefined;
  private observed: HTMLElement | undefined;
  private frame = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: LabelsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.schedule());
    this.observed = undefined;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  hostUpdated(): void {
    const element = this.options.element();
    if (element && element !== this.observed) {
      this.observer?.disconnect();
      this.observed = element;
      this.observer?.observe(element, { attributes: true, attributeFilter: ['style'] });
    }
    this.place();
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  }

  /** Shows the names that fit; hides the others. */
  place(): void {
    const element = this.options.element();
    if (!element) return;
    const nodes = [...element.querySelectorAll<SVGGElement>('g.node')];
    const priorities = this.options.priorities();
    const candidates: LabelCandidate[] = [];
    const obstacles: Obstacle[] = [...element.querySelectorAll('.sector-label')].map((label) => ({ box: boxOf(label) }));
    for (const node of nodes) {
      const id = node.dataset.person ?? '';
      const label = node.querySelector('.node__label');
      const circle = node.querySelector('.node__circle');
      if (circle) obstacles.push({ box: boxOf(circle), owner: id });
      if (label?.textContent) candidates.push({ id, box: boxOf(label), priority: priorities.get(id) ?? 0 });
    }
    const visible = visibleLabels(candidates, obstacles);
    for (const node of nodes) node.querySelector('.node__label')?.setAttribute('visibility', visible.has(node.dataset.person ?? '') ? 'visible' : 'hidden');
  }
}
