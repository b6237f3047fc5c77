// The triangle's saved situations, in core's session list: each with its progress, and the
// worked example to open for training.
import { html, type TemplateResult } from 'lit';
import type { RefOrCallback } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { DEFAULT_PROMPT_IDS, type PerspectiveSession } from '@sammen/sdk';
import { TaskStatus } from '@lit/task';
import { renderErrorView, renderSessionList, toErrorDetail, type SessionController, type SessionListActions } from '@sammen/core';
import { sessionProgress } from './session-progress.js';

/** A situation's title, or the words for one without. */
export const situationTitle = (session: PerspectiveSession): string => session.title.trim() || msg('Untitled situation');

export function renderSituationList(
  sessions: readonly PerspectiveSession[] | undefined,
  lang: string,
  level: number,
  headingRef: RefOrCallback | undefined,
  actions: SessionListActions & { openWorkedExample(): void },
): TemplateResult {
  const items = sessions?.map((session) => {
    const { done, total } = sessionProgress(session, DEFAULT_PROMPT_IDS);
    return { id: session.id, title: situationTitle(session), updatedAt: session.updatedAt, detail: msg(str`${done} of ${total} parts done`) };
  });
  return renderSessionList(
    items,
    lang,
    {
      heading: msg('Your situations'),
      create: msg('New situation'),
      loading: msg('Loading your situations…'),
      emptyHeading: msg('No saved situations yet'),
      emptyText: msg('Start a new situation, or open the worked example to see how the triangle is used.'),
    },
    actions,
    html`<sammen-button variant="secondary" @click=${() => actions.openWorkedExample()}>${msg('Open the worked example')}</sammen-button>`,
    { level, headingRef },
  );
}

/** The list view: the saved situations with their actions, or why they could not be listed. */
export function renderSituations(
  sessions: SessionController<'perspective-session'>,
  lang: string,
  level: number,
  headingRef: RefOrCallback | undefined,
  openWorkedExample: () => void,
): unknown {
  const { list } = sessions;
  if (list.status === TaskStatus.ERROR) return renderErrorView(toErrorDetail(list.error, 'list-failed'), msg('Your situations could not be listed'));
  return renderSituationList(list.value, lang, level, headingRef, {
    open: (id) => sessions.open(id),
    remove: (id) => {
      const session = list.value?.find((item) => item.id === id);
      if (session) void sessions.remove(session);
    },
    create: () => sessions.create(),
    openWorkedExample,
  });
}
