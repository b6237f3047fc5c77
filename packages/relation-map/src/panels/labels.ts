// The relation map's words for kinds, sectors and qualities, in the UI language. Functions,
// because msg() must run at render time, in the active locale.
import { msg } from '@lit/localize';
import type { PersonKind, Sector, TieKind, TieQuality } from '@sammen/sdk';

/** A tie kind as a verb phrase or noun ("plays with", "care"). */
export function tieKindLabel(kind: TieKind): string {
  switch (kind) {
    case 'plays-with':
      return msg('plays with');
    case 'seeks-out':
      return msg('seeks out');
    case 'asks-for-help':
      return msg('asks for help');
    case 'family':
      return msg('family');
    case 'care':
      return msg('care');
    case 'support':
      return msg('support');
    case 'professional':
      return msg('professional');
    case 'friendship':
      return msg('friendship');
    default:
      return msg('other');
  }
}

/** How good a tie is. */
export function qualityLabel(quality: TieQuality): string {
  switch (quality) {
    case 'positive':
      return msg('positive');
    case 'mixed':
      return msg('mixed');
    default:
      return msg('strained');
  }
}

/** A sector of the network round the child. */
export function sectorLabel(sector: Sector): string {
  switch (sector) {
    case 'family':
      return msg('Family');
    case 'daycare':
      return msg('Daycare');
    case 'health':
      return msg('Health');
    case 'social-services':
      return msg('Social services');
    case 'leisure':
      return msg('Leisure');
    default:
      return msg('Other');
  }
}

/** Who a person is. */
export function personKindLabel(kind: PersonKind): string {
  switch (kind) {
    case 'child':
      return msg('child');
    case 'parent':
      return msg('parent');
    case 'family':
      return msg('family member');
    case 'adult':
      return msg('other adult');
    case 'staff':
      return msg('staff');
    default:
      return msg('service');
  }
}
