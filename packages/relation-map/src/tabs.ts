// Tabs with manual activation (APG): ←/→/Home/End move focus along the tabs (core's roving focus),
// Enter/Space or a click shows the panel — switching views re-renders a lot, and APG warns that
// selection following focus "can be devastating" when a panel is slow.
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { FocusController } from '@sammen/core';

export interface TabItem<T extends string> {
  id: T;
  text: string;
}

export function renderTabs<T extends string>(options: {
  label: string;
  prefix: string;
  items: readonly TabItem<T>[];
  selected: T;
  focus: FocusController<T>;
  select: (id: T) => void;
  part: string;
}) {
  const { focus } = options;
  return html`<div class="tabs" role="tablist" aria-label=${options.label} part=${options.part} @keydown=${focus.onKeydown}>
    ${options.items.map(
      (item) => html`<button type="button" role="tab" class="tab" id="${options.prefix}-tab-${item.id}" data-tab=${item.id}
        aria-selected=${item.id === options.selected ? 'true' : 'false'} aria-controls="${options.prefix}-panel"
        tabindex=${focus.tabIndex(item.id)} ${ref(focus.ref(item.id))} @click=${() => options.select(item.id)}>${item.text}</button>`,
    )}
  </div>`;
}
