// Focus mode, for projecting: one card large, previous / next / draw, full screen, and under the
// card the working session (discussed, notes per question) and the facilitation tools.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { heading, headingLevel, icon, renderLengthCount, showsLengthCount } from '@sammen/core';
import { LIMITS } from '@sammen/sdk';
import { renderQuestions, renderStatement } from './card-content.js';
import { formatClock } from './discussion-timer.js';
import { hasLanguage, shownText } from '@sammen/core';
import { renderSecondLanguage } from './overview-view.js';
import { cardNotes, noteOf } from './session-notes.js';
import type { DeckViewModel } from './view-model.js';
import type { CardEntry } from './deck-filter.js';

const TIMER_MINUTES = [2, 5, 10, 15];

/** The minute choices, including a host's own `timer-minutes` when it is not one of ours. */
const timerChoices = (duration: number) => [...new Set([...TIMER_MINUTES, duration / 60_000])].sort((a, b) => a - b);

/** A button's name with its key shortcut, e.g. "Next card (→)"; the name alone when shortcuts are off. */
const withKey = (name: string, key: string | undefined) => (key ? `${name} (${key})` : name);

function renderNavigation(view: DeckViewModel, entry: CardEntry): TemplateResult {
  const at = view.visible.findIndex((visible) => visible.card.id === entry.card.id);
  const keys = view.keyHints();
  return html`<div class="focus__nav" part="focus-navigation">
    <sammen-button variant="quiet" @click=${() => view.closeFocus()}>${icon('chevron-left')} ${msg('All cards')}</sammen-button>
    <span class="focus__position">${at >= 0 ? msg(str`Card ${at + 1} of ${view.visible.length}`) : nothing}</span>
    <span class="focus__buttons">
      <sammen-icon-button icon="chevron-left" label=${withKey(msg('Previous card'), keys?.previous)} ?disabled=${at <= 0} @click=${() => view.step(-1)}></sammen-icon-button>
      <sammen-icon-button
        icon="chevron-right"
        label=${withKey(msg('Next card'), keys?.next)}
        ?disabled=${at < 0 || at >= view.visible.length - 1}
        @click=${() => view.step(1)}
      ></sammen-icon-button>
      <sammen-button variant="secondary" @click=${() => view.draw()}>${icon('shuffle')} ${withKey(msg('Draw a card'), keys && 'R')}</sammen-button>
      <sammen-icon-button
        icon=${view.fullscreen ? 'fullscreen-exit' : 'fullscreen'}
        label=${view.fullscreen ? msg('Leave full screen') : msg('Full screen')}
        .pressed=${view.fullscreen}
        @click=${() => view.toggleFullscreen()}
      ></sammen-icon-button>
    </span>
  </div>`;
}

function renderNotesField(view: DeckViewModel, entry: CardEntry, questionId: string, index: number): TemplateResult {
  const notes = cardNotes(view.notes, entry.card.id);
  return html`<sammen-textarea
    class="note"
    label=${msg(str`Notes on question ${index + 1}`)}
    rows="3"
    maxlength=${LIMITS.note}
    .value=${noteOf(notes, questionId)}
    save-state=${view.saveStatus === 'loading' ? 'loading' : view.saveStatus}
    @sammen-input=${(event: CustomEvent<{ value: string }>) => view.writeNote(entry.card.id, questionId, event.detail.value)}
  ></sammen-textarea>`;
}

function renderTimer(view: DeckViewModel): TemplateResult | typeof nothing {
  const { timer } = view;
  if (!timer) return nothing;
  const up = timer.timeIsUp;
  return html`<div class="timer" part="timer" ?data-up=${up}>
    <span class="timer__label">${icon('timer')} ${msg('Discussion timer')}</span>
    <label class="field field--inline">
      <span class="visually-hidden">${msg('Minutes')}</span>
      <select ?disabled=${timer.running} @change=${(event: Event) => view.setTimerMinutes(Number((event.target as HTMLSelectElement).value))}>
        ${timerChoices(timer.state.duration).map(
          (minutes) => html`<option value=${minutes} ?selected=${timer.state.duration === minutes * 60_000}>${minutes < 1 ? msg(str`${Math.round(minutes * 60)} s`) : msg(str`${minutes} min`)}</option>`,
        )}
      </select>
    </label>
    <span class="timer__clock" role="timer" aria-label=${msg('Time left')}>${formatClock(timer.remaining)}</span>
    ${
      // One button that changes what it does, never one button swapped for another or disabled:
      // either would drop keyboard focus to <body> when the timer starts, stops or runs out.
      html`<sammen-button variant="secondary" @click=${() => (timer.running ? timer.pause() : up ? timer.restart() : timer.start())}
        >${timer.running ? html`${icon('pause')} ${msg('Pause')}` : up ? html`${icon('reset')} ${msg('Start again')}` : html`${icon('play')} ${msg('Start')}`}</sammen-button
      >`
    }
    <sammen-icon-button icon="reset" label=${msg('Reset timer')} @click=${() => timer.reset()}></sammen-icon-button>
    ${up ? html`<strong class="timer__up">${icon('check')} ${msg('Time is up')}</strong>` : nothing}
  </div>`;
}

function renderRound(view: DeckViewModel): TemplateResult {
  const count = view.participants.length;
  return html`<details class="round s-disclosure" part="round">
    <summary>${msg('Round: whose turn is it?')}</summary>
    <label class="field">
      <span>${msg('Names or roles, one per line (kept only on this screen, never saved)')}</span>
      <textarea
        rows="3"
        maxlength=${LIMITS.text}
        aria-describedby=${showsLengthCount(view.participantsLength, LIMITS.text) ? 'round-count' : nothing}
        @input=${(event: Event) => view.setParticipants((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </label>
    ${renderLengthCount(view.participantsLength, LIMITS.text, 'round-count')}
    ${count > 0
      ? html`<p class="round__turn">
          ${msg('Turn:')} <strong dir="auto">${view.participants[view.turn]}</strong>
          <span>(${msg(str`${view.turn + 1} of ${count}`)})</span>
          <sammen-button variant="secondary" @click=${() => view.nextTurn()}>${msg('Next person')}</sammen-button>
        </p>`
      : nothing}
  </details>`;
}

/** Focus mode for the current card. */
export function renderFocus(view: DeckViewModel, entry: CardEntry): TemplateResult {
  const { card, theme } = entry;
  const title = shownText(card.title, view.lang);
  const themeTitle = shownText(theme.title, view.lang);
  const second = view.secondLang && hasLanguage(card.title, view.secondLang) ? view.secondLang : undefined;
  const discussed = cardNotes(view.notes, card.id).discussed;
  return html`${renderNavigation(view, entry)}
    <article class="focus__card" part="focus-card" aria-labelledby="focus-title">
      <p class="focus__theme" lang=${ifDefined(themeTitle.lang)} dir=${themeTitle.dir}>${theme.number}. ${themeTitle.text}</p>
      <div class="card__languages">
        <div class="card__language">
          ${heading(headingLevel(view.headingLevel, 1), title.text, { id: 'focus-title', class: 'focus__title', tabindex: -1, ref: view.ref('title'), lang: title.lang, dir: title.dir })}
          ${renderStatement(card, view.lang)}
          ${renderQuestions(card, view.lang, (question, index) => (view.notes ? renderNotesField(view, entry, question.id, index) : nothing))}
        </div>
        ${second ? renderSecondLanguage(card, second, view.lang) : nothing}
      </div>
    </article>
    <div class="focus__tools">
      ${view.notes
        ? html`<sammen-button
            variant=${discussed ? 'primary' : 'secondary'}
            .pressed=${discussed}
            @click=${() => view.setDiscussed(card.id, !discussed)}
            >${icon('check')} ${msg('Discussed')}</sammen-button
          >`
        : nothing}
      ${renderTimer(view)} ${renderRound(view)}
    </div>`;
}
