// Public API of @sammen/core. No side effects: UI parts are registered by '@sammen/core/define'.
export { SammenElement } from './sammen-element.js';
export { define } from './define-element.js';
export { supportsScopedRegistries, scopedRegistryOf } from './scoped-registry.js';
export { fireSammenEvent, type SammenErrorDetail, type SammenEventName, type SammenEventDetail, type SammenSelectDetails, type SammenSelectDetail } from './events.js';
export { renderErrorView } from './errors/error-view.js';
export { errorSentence } from './errors/error-details.js';
export { errorViewStyles } from './errors/error-view.styles.js';
export { toErrorDetail } from './errors/to-error-detail.js';
export { ISSUE_MESSAGES, issueMessage } from './errors/issue-message.js';
export { renderSaveProblem } from './errors/save-problem.js';
export { saveFailureText } from './errors/save-problem-box.js';
export { saveProblemStyles } from './errors/save-problem.styles.js';
export { loadErrorMessages, loadSaveProblemMessages } from './errors/part-messages.js';
export { forgetUnsavedText } from './controllers/unsaved-journal.js';
export { shownText, hasLanguage, type ShownText } from './shown-text.js';
export { tokens, baseStyles } from './styles/tokens.js';
export { focusRingStyles } from './styles/focus-ring.js';
export { formFieldStyles } from './styles/form-field.js';
export { disclosureStyles } from './styles/disclosure.js';
export { normalizeLocale, UI_LOCALES, DEFAULT_LOCALE, type UiLocale } from './localization/normalize-locale.js';
export { activeLocale, setUiLocale, useTranslations, loadTranslations, withTranslations } from './localization/localization.js';
export type { Translations } from './localization/translations.js';
export { observeDocumentLanguage } from './localization/html-lang-observer.js';
export { LocaleController } from './controllers/locale-controller.js';
export { AnnouncerController } from './controllers/announcer-controller.js';
export { FocusController, type FocusControllerOptions } from './controllers/focus-controller.js';
export { FocusKeeper } from './controllers/focus-keeper.js';
export { PendingFields } from './controllers/pending-fields.js';
export { ElementRefs, type FocusableElement } from './focus/element-refs.js';
export { focusAfterUpdate, deepActiveElement } from './focus/focus-after-update.js';
export { isNavigationKey, rovingTarget, type RovingLayout, type RovingOptions } from './focus/roving-navigation.js';
export { ARROW_DIRECTIONS, nearestInDirection, spatialMove, type Direction, type Point } from './focus/spatial-navigation.js';
export { isEditableTarget } from './focus/editable-target.js';
export {
  DEFAULT_UNDO_LIMIT,
  breakCoalescing,
  canRedo,
  canUndo,
  createUndoHistory,
  pushState,
  redo,
  redoLabel,
  replacePresent,
  undo,
  undoLabel,
  type PushOptions,
  type UndoHistory,
  type UndoHistoryOptions,
  type UndoStep,
} from './history/undo-history.js';
export { UndoShortcutsController, hasNativeUndo, undoCommandOf, type UndoCommand, type UndoKeys, type UndoShortcutsOptions } from './history/undo-shortcuts.js';
export { DeferredValueController, type DeferredValueOptions } from './controllers/deferred-value-controller.js';
export {
  SessionController,
  type SessionChangeDetail,
  type SessionChangeReason,
  type SessionOptions,
  type SessionTexts,
} from './sessions/session-controller.js';
export {
  renderSessionList,
  sessionListStyles,
  sortSessions,
  type SessionListActions,
  type SessionListItem,
  type SessionListTexts,
} from './sessions/session-list.js';
export {
  DocumentSourceController,
  type DocumentSource,
  type DocumentSourceOptions,
  type LoadedDocument,
} from './controllers/document-source-controller.js';
export { LazyParser, lazyParser, ParserLoadError, PARSER_LOAD_FAILED } from './controllers/lazy-parser.js';
export { LazyModule, adoptStyles, sheetsOf, type LazyModuleOptions } from './controllers/lazy-module.js';
export { holdUpdateComplete, lazyTemplate } from './directives/lazy-template.js';
export { askToConfirm } from './lazy-definition.js';
export { StoredDocumentController, type SaveStatus, type StoredDocumentOptions } from './controllers/stored-document-controller.js';
export { resolveStore } from './controllers/store-resolution.js';
export { SammenButton } from './ui/button/button.js';
export { buttonBox } from './ui/button/button.styles.js';
export { SammenIconButton } from './ui/icon-button/icon-button.js';
export { icon, ICON_NAMES, type IconName } from './ui/icons/icons.js';
export { SammenTextarea, type SammenInputDetail } from './ui/textarea/textarea.js';
export { renderLengthCount, lengthCountStyles, showsLengthCount, atLengthLimit, formatCount, SHOW_COUNT_FROM } from './ui/textarea/length-limit.js';
export { SammenSaveStatus } from './ui/save-status/save-status.js';
export { saveStatusText } from './ui/save-status/save-status-text.js';
export { SammenDialog } from './ui/dialog/dialog.js';
export { SammenConfirm } from './ui/dialog/confirm.js';
export { SammenStatusBadge, type BadgeStatus } from './ui/status-badge/status-badge.js';
export { SammenEmptyState } from './ui/empty-state/empty-state.js';
export { cssProperties, type CssProperties } from './directives/css-properties.js';
export { heading, headingLevel, DEFAULT_HEADING_LEVEL, type HeadingLevel, type HeadingAttributes } from './ui/heading/heading.js';
