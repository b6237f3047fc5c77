// The triangle as SVG: three corners and the centre as buttons with roving focus. Each part's
// state is shown by shape (hollow, half, full with a check) and by text, never by colour alone.
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import { PART_IDS, type PartId, type PartState } from './session-progress.js';
import { POSITIONS, VIEWBOX, wrapLabel } from './triangle-geometry.js';
import { CAPTION_SPACE_ABOVE, captionBoxes, captionLayout } from './caption-layout.js';

export interface DiagramPart {
  id: PartId;
  label: string;
  state: PartState;
}

export interface DiagramOptions {
  parts: readonly DiagramPart[];
  /** The part whose panel is open, if any. */
  selected: PartId | undefined;
  /** The roving tab stop (core's FocusController): each node's tabindex and element ref. */
  focus: { tabIndex(part: PartId): 0 | -1; ref(part: PartId): (element?: Element) => void };
  /** Id of the visible hint that tells how the keys work, in the same shadow root. */
  keysHint?: string;
  /** False in guided mode: the parts are shown, not operated. */
  interactive: boolean;
  onKeydown: (event: KeyboardEvent, part: PartId) => void;
  onSelect: (part: PartId) => void;
}

export function stateText(state: PartState): string {
  return state === 'done' ? msg('Done') : state === 'started' ? msg('Started') : msg('Not started');
}

const RADIUS = { corner: 24, centre: 30 };

function stateShape(state: PartState, r: number): SVGTemplateResult {
  const ring = svg`<circle class="node__ring" r=${r}></circle>`;
  if (state === 'empty') return ring;
  if (state === 'started') return svg`${ring}<path class="node__fill" d="M 0 ${-r} A ${r} ${r} 0 0 0 0 ${r} Z"></path>`;
  return svg`<circle class="node__ring node__fill" r=${r}></circle>
    <path class="node__check" d="M ${-r / 2.4} 0 L ${-r / 8} ${r / 3.2} L ${r / 2.2} ${-r / 3}"></path>`;
}

function node(part: DiagramPart, options: DiagramOptions): SVGTemplateResult {
  const { x, y } = POSITIONS[part.id];
  const r = part.id === 'centre' ? RADIUS.centre : RADIUS.corner;
  const selected = options.selected === part.id;
  const name = `${part.label}: ${stateText(part.state)}`;
  // The caption (label and state) is drawn beside the button, not inside it: the button's name
  // is the whole label, while a long label's caption is cut, and a cut caption inside the button
  // would no longer be part of its name (WCAG 2.5.3). Pointer users can click the caption too.
  return svg`<g
      class="node node--${part.state} s-focusable"
      part="node"
      transform="translate(${x} ${y})"
      role=${options.interactive ? 'button' : 'img'}
      tabindex=${options.interactive ? options.focus.tabIndex(part.id) : nothing}
      aria-label=${name}
      aria-describedby=${options.interactive && options.keysHint ? options.keysHint : nothing}
      aria-expanded=${options.interactive ? String(selected) : nothing}
      aria-controls=${options.interactive && selected ? 'panel' : nothing}
      data-part=${part.id}
      ${ref(options.focus.ref(part.id))}
      ?data-selected=${selected}
      @click=${options.interactive ? () => options.onSelect(part.id) : nothing}
      @keydown=${options.interactive ? (event: KeyboardEvent) => options.onKeydown(event, part.id) : nothing}
    >
      <circle class="node__target s-focus-ring" r=${r + 10}></circle>
      ${selected ? svg`<circle class="node__selected" r=${r + 6}></circle>` : nothing}
      ${stateShape(part.state, r)}
    </g>
    ${caption(part, options)}`;
}

/**
 * A part's label and state text. Corner captions sit outside the triangle (the child's above it,
 * the others below), so no line runs through them.
 */
function caption(part: DiagramPart, options: DiagramOptions): SVGTemplateResult {
  const { x, y } = POSITIONS[part.id];
  const r = part.id === 'centre' ? RADIUS.centre : RADIUS.corner;
  const { lines, truncated } = wrapLabel(part.label, 16, 2);
  const layout = captionLayout(part.id === 'child' ? 'above' : 'below', r, lines.length, truncated);
  return svg`<g
      class="node__caption"
      aria-hidden="true"
      data-caption=${part.id}
      transform="translate(${x} ${y})"
      @click=${options.interactive ? () => options.onSelect(part.id) : nothing}
    >
      <text class="node__label">
        ${lines.map((line, index) => svg`<tspan x="0" y=${layout.labelY[index]!}>${index < lines.length - 1 ? `${line} ` : line}</tspan>`)}
      </text>
      ${truncated ? svg`<g class="node__more">${[-6, 0, 6].map((dx) => svg`<circle cx=${dx} cy=${layout.moreY} r="1.6"></circle>`)}</g>` : nothing}
      <text class="node__state" y=${layout.stateY}>${stateText(part.state)}</text>
    </g>`;
}

/**
 * The centre's caption sits inside the triangle, where the bottom edge and the spokes pass: a
 * black box per line in the lines' mask cuts them away around the words. A mask works on any page
 * background — a halo in the background colour would be invisible on the transparent default.
 */
function captionCutout(part: DiagramPart): SVGTemplateResult {
  const { x, y } = POSITIONS[part.id];
  const { lines, truncated } = wrapLabel(part.label, 16, 2);
  return svg`${captionBoxes('below', RADIUS.centre, lines, stateText(part.state), truncated).map(
    (box) => svg`<rect x=${x + box.x} y=${y + box.y} width=${box.width} height=${box.height} rx="3" fill="black"></rect>`,
  )}`;
}

/** The whole diagram; `title` names it for assistive technology. */
export function renderTriangle(options: DiagramOptions, title: string): SVGTemplateResult {
  const { child, parents, professionals, centre } = POSITIONS;
  const parts = PART_IDS.map((id) => options.parts.find((part) => part.id === id)!).filter(Boolean);
  const points = `${child.x},${child.y} ${parents.x},${parents.y} ${professionals.x},${professionals.y}`;
  const box = { x: 0, y: -CAPTION_SPACE_ABOVE, width: VIEWBOX.width, height: VIEWBOX.height + CAPTION_SPACE_ABOVE };
  const centrePart = parts.find((part) => part.id === 'centre');
  return svg`<svg class="triangle" part="triangle" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" role="group" aria-label=${title}>
    <mask id="line-mask" maskUnits="userSpaceOnUse" x=${box.x} y=${box.y} width=${box.width} height=${box.height}>
      <rect x=${box.x} y=${box.y} width=${box.width} height=${box.height} fill="white"></rect>
      ${centrePart ? captionCutout(centrePart) : nothing}
    </mask>
    <polygon class="triangle__face" aria-hidden="true" points=${points}></polygon>
    <g class="triangle__lines" aria-hidden="true" mask="url(#line-mask)">
      <polygon class="triangle__edge" points=${points}></polygon>
      ${[child, parents, professionals].map(
        (corner) => svg`<line class="triangle__spoke" x1=${corner.x} y1=${corner.y} x2=${centre.x} y2=${centre.y}></line>`,
      )}
    </g>
    ${parts.map((part) => node(part, options))}
  </svg>`;
}
