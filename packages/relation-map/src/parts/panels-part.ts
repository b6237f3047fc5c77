// The lazy panels part (lazy-parts.ts): the analysis and compare-rounds panels with their styles.
// Loaded when either panel is first opened.
export { renderPanel } from '../panel-view.js';
export { panelStyles as styles } from '../panels/panel.styles.js';
