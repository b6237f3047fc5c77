// The overview: themes as sections with their cards as articles in a list, under a toolbar of
// filters and a search whose result count is announced (by the deck's announcer, once typing stops).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { LIMITS, type ReflectionCard } from '@sammen/sdk';
import { heading, headingLevel, icon, renderLengthCount, showsLengthCount } from '@sammen/core';
import { countByTheme, isFiltered, type AudienceFilter, type CardEntry, type SettingFilter } from './deck-filter.js';
import { renderQuestions, renderStatement } from './card-content.js';
import { hasLanguage, shownText } from '@sammen/core';
import { isDiscussed } from './session-notes.js';
import type { DeckViewModel } from './view-model.js';

export function audienceText(audience: ReflectionCard['audience']): string {
  return audience === 'staff' ? msg('For staff') : audience === 'parents' ? msg('For parents') : msg('For staff and parents');
}

export function settingText(setting: ReflectionCard['settings'][number]): string {
  return setting === 'daycare' ? msg('Daycare') : setting === 'school' ? msg('School and after-school') : msg('Club');
}

// Safari drops list semantics from a list styled without markers; the explicit role keeps them.
const LIST_ROLE = 'list';

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function renderToolbar(view: DeckViewModel): TemplateResult {
  const { filter, deck } = view;
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${msg('Find cards')}>
    <label class="field">
      <span>${msg('Search')}</span>
      <input
        type="search"
        part="search"
        ${ref(view.ref('search'))}
        .value=${filter.query}
        maxlength=${LIMITS.label}
        aria-describedby=${showsLengthCount(filter.query.length, LIMITS.label) ? 'search-count' : nothing}
        @input=${(event: Event) => view.setFilter({ query: value(event) })}
      />
    </label>
    ${renderLengthCount(filter.query.length, LIMITS.label, 'search-count')}
    <label class="field">
      <span>${msg('Theme')}</span>
      <select @change=${(event: Event) => view.setFilter({ theme: value(event) })}>
        <option value="all" ?selected=${filter.theme === 'all'}>${msg('All themes')}</option>
        ${deck.themes.map(
          (theme) =>
            html`<option value=${theme.id} ?selected=${filter.theme === theme.id}>${theme.number}. ${shownText(theme.title, view.lang).text}</option>`,
        )}
      </select>
    </label>
    <label class="field">
      <span>${msg('Audience')}</span>
      <select @change=${(event: Event) => view.setFilter({ audience: value(event) as AudienceFilter })}>
        <option value="all" ?selected=${filter.audience === 'all'}>${msg('Everyone')}</option>
        <option value="staff" ?selected=${filter.audience === 'staff'}>${msg('Staff')}</option>
        <option value="parents" ?selected=${filter.audience === 'parents'}>${msg('Parents')}</option>
      </select>
    </label>
    <label class="field">
      <span>${msg('Setting')}</span>
      <select @change=${(event: Event) => view.setFilter({ setting: value(event) as SettingFilter })}>
        <option value="all" ?selected=${filter.setting === 'all'}>${msg('All settings')}</option>
        <option value="daycare" ?selected=${filter.setting === 'daycare'}>${settingText('daycare')}</option>
        <option value="school" ?selected=${filter.setting === 'school'}>${settingText('school')}</option>
        <option value="club" ?selected=${filter.setting === 'club'}>${settingText('club')}</option>
      </select>
    </label>
    ${isFiltered(filter)
      ? html`<sammen-button variant="quiet" @click=${() => view.setFilter({ theme: 'all', audience: 'all', setting: 'all', query: '' })}
          >${msg('Clear filters')}</sammen-button
        >`
      : nothing}
  </div>`;
}

/**
 * A card in the overview. Its "Open card" button is a native `<button>` (looking like a secondary
 * `<sammen-button>`, see overview.styles.ts), not a `<sammen-button>`: with 200 cards that was 200
 * custom elements, each with its own shadow root, stylesheets and update cycle (issue 14). The
 * markup is compact like card-content.ts's (no whitespace between tags, text mostly through
 * `.textContent`), so a card is about as many nodes as hand-written DOM would make.
 */
function renderCardSummary(view: DeckViewModel, entry: CardEntry, openCard: (event: Event) => void): TemplateResult {
  const { card } = entry;
  const title = shownText(card.title, view.lang);
  const titleId = `card-${entry.index}-title`;
  const discussed = view.notes ? isDiscussed(view.notes, card.id) : false;
  const second = view.secondLang && hasLanguage(card.title, view.secondLang) ? view.secondLang : undefined;
  return html`<li class="card-item"
    ><article class="card" part="card" aria-labelledby=${titleId} ?data-discussed=${discussed}
      ><div class="card__languages"
        ><div class="card__language"
          >${heading(headingLevel(view.headingLevel, 2), title.text, { class: 'card__title', id: titleId, lang: title.lang, dir: title.dir })}${renderStatement(card, view.lang)}${renderQuestions(card, view.lang)}</div
        >${second ? renderSecondLanguage(card, second, view.lang) : nothing}</div
      ><p class="card__facets"
        ><span .textContent=${audienceText(card.audience)}></span
        >${card.settings.map((setting) => html`<span .textContent=${settingText(setting)}></span>`)}</p
      ><div class="card__actions"
        >${view.notes ? renderDiscussedState(discussed) : nothing}<button
          type="button"
          class="card__open"
          ${ref(view.ref(`open:${card.id}`))}
          value=${card.id}
          aria-label=${msg(str`Open card: ${title.text}`)}
          .textContent=${msg('Open card')}
          @click=${openCard}
        ></button></div
    ></article
  ></li>`;
}

function renderDiscussedState(discussed: boolean): TemplateResult {
  return html`<span class="discussed-state" ?data-on=${discussed}
    >${discussed ? html`${icon('check')} ${msg('Discussed')}` : msg('Not discussed yet')}</span
  >`;
}

/** The card's text in the second language, in its own block with its own lang and dir. */
export function renderSecondLanguage(card: ReflectionCard, lang: string, uiLang: string): TemplateResult {
  const title = shownText(card.title, lang);
  return html`<div class="card__language card__language--second" part="second-language" lang=${lang} dir=${title.dir}
    ><p class="card__title card__title--second" .textContent=${title.text}></p
    >${renderStatement(card, lang, uiLang)}${renderQuestions(card, lang)}</div
  >`;
}

/** The overview: toolbar, count, and each theme with its matching cards. */
export function renderOverview(view: DeckViewModel): TemplateResult {
  // One handler for every card's button, which carries its card id as its value.
  const openCard = (event: Event) => view.openCard((event.currentTarget as HTMLButtonElement).value);
  const counts = countByTheme(view.visible);
  const total = view.entries.length;
  return html`${renderToolbar(view)}
    <p class="count" part="count">
      ${isFiltered(view.filter)
        ? msg(str`Showing ${view.visible.length} of ${total} cards`)
        : msg(str`${total} cards`)}
    </p>
    ${view.visible.length === 0
      ? html`<sammen-empty-state heading=${msg('No cards match')} .level=${headingLevel(view.headingLevel, 1)}>
          ${msg('Try another word or clear the filters.')}
          <sammen-button slot="actions" @click=${() => view.setFilter({ theme: 'all', audience: 'all', setting: 'all', query: '' })}
            >${msg('Clear filters')}</sammen-button
          >
        </sammen-empty-state>`
      : html`<p class="start">
            <sammen-button @click=${() => view.openCard(view.visible[0]!.card.id)}>${icon('fullscreen')} ${msg('Start with the first card')}</sammen-button>
            <sammen-button variant="secondary" @click=${() => view.draw()}>${icon('shuffle')} ${msg('Draw a random card')}</sammen-button>
          </p>
          ${view.deck.themes
            .filter((theme) => counts.has(theme.id))
            .map((theme) => {
              const themeId = `theme-${view.deck.themes.indexOf(theme)}`;
              const title = shownText(theme.title, view.lang);
              const intro = shownText(theme.intro, view.lang);
              return html`<section class="theme" part="theme" aria-labelledby=${themeId}>
                ${heading(headingLevel(view.headingLevel, 1), html`<span class="theme__number">${theme.number}.</span> ${title.text}`, { id: themeId, lang: title.lang, dir: title.dir })}
                ${intro.text ? html`<p class="theme__intro" lang=${ifDefined(intro.lang)} dir=${intro.dir}>${intro.text}</p>` : nothing}
                <p class="theme__count">${msg(str`${counts.get(theme.id) ?? 0} cards`)}</p>
                <ul class="cards" role=${LIST_ROLE}>${view.visible
                  .filter((entry) => entry.theme.id === theme.id)
                  .map((entry) => renderCardSummary(view, entry, openCard))}</ul>
              </section>`;
            })}`}`;
}
