// Reading a relation map: the SDK's schema (v2 refuses a tie to a missing person and anything but a
// positive choice in a group map, each issue located), with v1 maps migrated on read.
export { parseRelationMap as parseMap } from '@sammen/sdk';
