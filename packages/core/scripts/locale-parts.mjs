// Parts of a package whose messages are not in the package's own locale module but in one of
// their own, loaded with the part: code that a page downloads only when something rare happens
// (an error's details, a save problem), so the strings it shows are downloaded
// then too, not on every page. `npm run localize` writes each part's modules to
// packages/<pkg>/src/generated/parts/<part>/ (locales/<locale>.ts and translations.ts, the same
// shape as the package's own), and the part's code loads them before it renders
// (`withTranslations` in @sammen/core's localization.ts). A part is worth it for many strings:
// each is one more request when it is first shown (the dialog's two words, "OK" and "Close",
// are not).
// A part lists source files (relative to the package folder); every msg() written in them goes
// to the part, unless the same text is also written outside it (then it stays in the package's
// module, or core's when two packages write it). Translators see no parts: a package's strings
// stay in its one `translations/<locale>.json`.

/** @type {Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>} package → part → files */
export const LOCALE_PARTS = {
  core: {
    // The error view's details (error-view.ts loads them on first show).
    errors: ['src/errors/error-details.ts', 'src/errors/issue-message.ts'],
    // The save-problem box (save-problem.ts loads it when a save needs attention).
    'save-problem': ['src/errors/save-problem-box.ts'],
  },
  // Focus mode's view and the notes export (lazy-part.ts loads their strings with them): the overview does not need them.
  'reflection-cards': {
    focus: ['src/focus-view.ts'],
    // Copying and downloading the notes (lazy-part.ts loads them with the export part).
    export: ['src/notes-output.ts'],
  },
  'change-model': {
    // Edit mode and compare (edit-seam.ts loads them once `editable` is set).
    edit: [
      'src/compare/compare-controller.ts',
      'src/compare/compare-rows.ts',
      'src/compare/compare-view.ts',
      'src/compare/versions.ts',
      'src/edit/edit-columns.ts',
      'src/edit/edit-controller.ts',
      'src/edit/edit-mode.ts',
      'src/edit/edit-toolbar.ts',
      'src/edit/edit.styles.ts',
      'src/edit/indicator-form.ts',
      'src/edit/item-form.ts',
      'src/edit/link-drag-controller.ts',
      'src/edit/link-drag.styles.ts',
      'src/edit/link-drag.ts',
      'src/edit/model-change.ts',
      'src/edit/model-edits.ts',
      'src/edit/model-file.ts',
    ],
  },
  // The work view of a session (lazy-work.ts loads them with work-part.ts): the default page only
  // lists the saved sessions.
  'perspective-triangle': {
    work: [
      'src/caption-layout.ts',
      'src/next-steps-controller.ts',
      'src/next-steps.ts',
      'src/panels.ts',
      'src/perspective-texts.ts',
      'src/session-edits.ts',
      'src/session-summary.ts',
      'src/situation-header.ts',
      'src/summary-text.ts',
      'src/summary-view.ts',
      'src/triangle-diagram.ts',
      'src/triangle-geometry.ts',
      'src/work-view.ts',
      'src/work.styles.ts',
    ],
  },
  // Each lazily loaded part's strings with the part (lazy-parts.ts `partLoaders`): a page that
  // shows a map downloads them only when the forms, the table/list, the panels or the keyboard
  // help are opened, and the drawing's with the drawing.
  'relation-map': {
    edit: ['src/closeness-editor.ts', 'src/forms-view.ts', 'src/map-actions.ts', 'src/parts/form-actions.ts'],
    views: ['src/table-view.ts', 'src/list-view.ts'],
    panels: ['src/panels/analysis-panel.ts', 'src/panels/compare-panel.ts', 'src/panels/sentences.ts', 'src/panel-view.ts'],
    help: ['src/keyboard-help.ts'],
    // The drawing's words (its proxies, the ties list, what a move or a zoom says): the default
    // page, a new empty map, draws nothing, so they come with the drawing's part.
    drawing: ['src/drawing-view.ts', 'src/drawing-key.ts', 'src/ties-list-view.ts', 'src/parts/drawing-part.ts'],
  },
};
