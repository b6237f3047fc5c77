// An item's optional texts, as lists the views can map over.
import type { LocalizedText } from '@sammen/sdk';

/** Assumptions as a list (the document holds one text). */
export const assumptionList = (value: LocalizedText | undefined): readonly LocalizedText[] => (value === undefined ? [] : [value]);

/** The item itself: aims, target group and assumptions are fields of v2 items. */
export const extrasOf = <T>(item: T): T => item;
