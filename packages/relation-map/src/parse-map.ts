// Reading a relation map: the SDK's schema (v2 refuses a tie to a missing person and anything but a
// positive choice in a group map, each issue located), with v1 maps migrated on read. Imported
// when a map has to be read (a `map` property, a `src`), never for a page's first paint: a page
// that opens a new or stored map does not download Valibot and the schema.
import { loadParser } from '@sammen/sdk';
import { lazyParser } from '@sammen/core';

export const mapParser = lazyParser(() => loadParser('relation-map'));
