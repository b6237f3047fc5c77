// Render functions the element drops in: the analysis and compare-rounds panels and their words.
export { renderAnalysisPanel, roundName, type PanelOptions } from './analysis-panel.js';
export { renderComparePanel, tieSentence, type ComparePanelOptions } from './compare-panel.js';
export { panelStyles } from './panel.styles.js';
export { summarySentence, noOneChoseSentence, onlyOneWaySentence, fewCloseAdultsSentence, listOf } from './sentences.js';
export { tieKindLabel, qualityLabel, sectorLabel, personKindLabel } from './labels.js';
export { initialsOf, displayName, namesOf } from './names.js';
