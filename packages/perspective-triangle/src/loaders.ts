import { loadParser } from '@sammen/sdk';
import { lazyParser } from '@sammen/core';

/** The session's parser: imported for a `session` property, a `src` or the worked case, not for a page's first paint. */
export const sessionParser = lazyParser(() => loadParser('perspective-session'));

/** The worked case is example content: loaded only when someone asks for it. */
export const loadWorkedCase = (lang: string) => import('@sammen/content').then((content) => content.loadWorkedCase(lang));
