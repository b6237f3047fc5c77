// Type tests (checked by `npm run typecheck`, part of `npm test`): fireSammenEvent accepts only
// events declared in HTMLElementEventMap, with the detail type declared there. Each
// `@ts-expect-error` fails the type check the day the mistake below it compiles.
import { fireSammenEvent, type SammenEventDetail } from '@sammen/core';
import '@sammen/reflection-cards';
import '@sammen/perspective-triangle';

declare const target: HTMLElement;

export function typeTests(): void {
  fireSammenEvent(target, 'sammen-error', { code: 'save-failed', message: 'Could not save' });
  fireSammenEvent(target, 'sammen-session-change', { id: 'a', reason: 'opened' });
  fireSammenEvent(target, 'sammen-card-change', { cardId: undefined });

  // @ts-expect-error the detail lacks `message`
  fireSammenEvent(target, 'sammen-error', { code: 'save-failed' });
  // @ts-expect-error `reason` must be one of the declared reasons
  fireSammenEvent(target, 'sammen-session-change', { id: 'a', reason: 'renamed' });
  // @ts-expect-error an event name no HTMLElementEventMap entry declares
  fireSammenEvent(target, 'sammen-undeclared', {});
  // @ts-expect-error not a Sammen event
  fireSammenEvent(target, 'click', {});

  const detail: SammenEventDetail<'sammen-input'> = { value: 'text' };
  // @ts-expect-error a sammen-input detail carries a string value
  const wrong: SammenEventDetail<'sammen-input'> = { value: 1 };
  void detail;
  void wrong;
}
