import { msg, str } from '@lit/localize';
import type { StoreLocation } from '@sammen/sdk';
import type { SaveStatus } from '../../controllers/stored-document-controller.js';

/**
 * The words for a save state and where work is kept ("Saved on this device", "Saved to Aarhus
 * Kommune"), calm enough for a teacher: before the first save it says where work will be kept,
 * never that something is lost. Unknown states (added later to `SaveStatus`) give ''.
 */
export function saveStatusText(status: SaveStatus, location?: StoreLocation): string {
  switch (status) {
    case 'loading':
      return msg('Loading…');
    case 'saving':
      return msg('Saving…');
    case 'saved':
      if (location?.type === 'remote') return location.label ? msg(str`Saved to ${location.label}`) : msg('Saved to the server');
      if (location?.type === 'memory') return msg('Kept until this tab is closed');
      return msg('Saved on this device');
    case 'failed':
      return msg('Could not save. Your text is kept here; try again.');
    case 'conflict':
      return msg('Changed in another window. Choose which version to keep.');
    case 'deleted':
      return msg('Deleted elsewhere');
    case 'replaced':
      return msg('Replaced by another window');
    case 'recovered':
      return msg('Recovered text you had not saved');
    case 'idle':
      if (location?.type === 'remote') return location.label ? msg(str`Saves automatically to ${location.label}`) : msg('Saves automatically to the server');
      if (location?.type === 'memory') return msg('Kept until this tab is closed');
      return msg('Saves automatically on this device');
    default:
      return '';
  }
}
