import { loadTranslations } from '../localization/localization.js';
import { translations as errorTranslations } from '../generated/parts/errors/translations.js';
import { translations as saveProblemTranslations } from '../generated/parts/save-problem/translations.js';

// The texts of the error view's details and of the save-problem box are not in core's locale
// module (on every page) but in locale modules of their own, loaded with those parts when a page
// first shows them (packages/core/scripts/locale-parts.mjs).
export { errorTranslations, saveProblemTranslations };

/**
 * Loads the texts of `issueMessage`, `ISSUE_MESSAGES` and `errorSentence` in the page's language
 * (and every language it switches to later); resolves when they are in. The error view loads them
 * itself; code that calls those functions outside it (a widget's import report) awaits this first,
 * or gets English.
 */
export const loadErrorMessages = (): Promise<void> => loadTranslations(errorTranslations);

/** As `loadErrorMessages`, for `saveFailureText` (the save-problem box loads them itself). */
export const loadSaveProblemMessages = (): Promise<void> => loadTranslations(saveProblemTranslations);
