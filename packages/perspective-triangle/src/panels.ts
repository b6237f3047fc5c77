// The panel beside the triangle: a corner's guided prompts, or the centre's shared understanding
// and next steps. Every field is labelled inside this shadow root.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref, type RefOrCallback } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { entryOf, LIMITS, resolveText, DEFAULT_PROMPT_IDS, type PerspectiveId, type PerspectiveSession } from '@sammen/sdk';
import { heading, headingLevel, renderLengthCount } from '@sammen/core';
import { partLabel, promptsOf } from './perspective-texts.js';
import { GUIDED_ORDER, nextPartToWorkOn, partState, type PartId } from './session-progress.js';
import type { TriangleViewModel } from './view-model.js';

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

function textarea(view: TriangleViewModel, label: string, value: string, onInput: (text: string) => void, description?: string): TemplateResult {
  return html`<sammen-textarea
    label=${label}
    description=${ifDefined(description)}
    rows="3"
    maxlength=${LIMITS.note}
    .value=${value}
    ?readonly=${view.readOnly}
    save-state=${view.readOnly ? 'idle' : view.saveStatus}
    @sammen-input=${(event: CustomEvent<{ value: string }>) => onInput(event.detail.value)}
  ></sammen-textarea>`;
}

export function renderCornerPanel(view: TriangleViewModel, perspective: PerspectiveId): TemplateResult {
  const answers = view.session.perspectives[perspective].answers;
  return html`<div class="prompts">
    ${promptsOf(view.session, perspective, view.lang).map((prompt) =>
      textarea(view, prompt.text, entryOf(answers, prompt.id) ?? '', (text) => view.setAnswer(perspective, prompt.id, text)),
    )}
  </div>`;
}

function renderStep(view: TriangleViewModel, index: number): TemplateResult {
  const step = view.session.nextSteps[index]!;
  const count = view.session.nextSteps.length;
  const n = index + 1;
  return html`<li class="step" data-step=${step.id}>
    <div class="step__row">
      <label class="step__done">
        <input type="checkbox" .checked=${step.done} ?disabled=${view.readOnly} @change=${(event: Event) => view.updateStep(step.id, { done: (event.target as HTMLInputElement).checked })} />
        <span>${msg(str`Step ${n} done`)}</span>
      </label>
      ${view.readOnly
        ? nothing
        : html`<span class="step__tools">
            <sammen-icon-button icon="arrow-up" ${ref(view.stepRef(`${step.id}:up`))} label=${msg(str`Move step ${n} up`)} ?disabled=${index === 0} @click=${() => view.moveStep(step.id, -1)}></sammen-icon-button>
            <sammen-icon-button icon="arrow-down" ${ref(view.stepRef(`${step.id}:down`))} label=${msg(str`Move step ${n} down`)} ?disabled=${index === count - 1} @click=${() => view.moveStep(step.id, 1)}></sammen-icon-button>
            <sammen-icon-button icon="trash" label=${msg(str`Remove step ${n}`)} @click=${() => view.removeStep(step.id)}></sammen-icon-button>
          </span>`}
    </div>
    <label class="field step__text">
      <span>${msg(str`Step ${n}: what`)}</span>
      <input
        type="text"
        ${ref(view.stepRef(`${step.id}:text`))}
        .value=${step.text}
        ?readonly=${view.readOnly}
        maxlength=${LIMITS.text}
        aria-describedby=${`step-${index}-text-count`}
        @input=${(event: Event) => view.updateStep(step.id, { text: valueOf(event) })}
      />
    </label>
    ${renderLengthCount(step.text.length, LIMITS.text, `step-${index}-text-count`)}
    <div class="step__meta">
      <label class="field">
        <span>${msg('Who')}</span>
        <input
          type="text"
          aria-label=${msg(str`Who, step ${n}`)}
          .value=${step.who}
          ?readonly=${view.readOnly}
          maxlength=${LIMITS.label}
          aria-describedby=${`step-${index}-who-count`}
          @input=${(event: Event) => view.updateStep(step.id, { who: valueOf(event) })}
        />
      </label>
      ${renderLengthCount(step.who.length, LIMITS.label, `step-${index}-who-count`)}
      <label class="field">
        <span>${msg('By when')}</span>
        <input type="date" aria-label=${msg(str`By when, step ${n}`)} .value=${step.due} ?readonly=${view.readOnly} @change=${(event: Event) => view.updateStep(step.id, { due: valueOf(event) })} />
      </label>
    </div>
  </li>`;
}

export function renderCentrePanel(view: TriangleViewModel): TemplateResult {
  const steps = view.session.nextSteps;
  return html`${textarea(
      view,
      msg('What do we understand together?'),
      view.session.sharedUnderstanding,
      (text) => view.setSharedUnderstanding(text),
      msg('Put the three perspectives together: what do we now see about the child’s situation?'),
    )}
    ${heading(headingLevel(view.headingLevel, 1), msg('Next steps'), { id: 'steps-heading', tabindex: -1, ref: view.stepRef('heading') })}
    ${steps.length === 0 ? html`<p class="muted">${msg('No next steps yet.')}</p>` : nothing}
    <ol class="steps" aria-labelledby="steps-heading">
      ${repeat(steps, (step) => step.id, (_step, index) => renderStep(view, index))}
    </ol>
    ${view.removedStep && !view.readOnly
      ? html`<p class="steps__removed">
          ${msg(str`Step ${view.removedStep} was removed.`)}
          <sammen-button variant="secondary" label=${msg(str`Undo removing step ${view.removedStep}`)} @click=${() => view.undoRemove()}
            >${msg('Undo')}</sammen-button
          >
        </p>`
      : nothing}
    ${view.readOnly
      ? nothing
      : html`<sammen-button variant="secondary" class="add-step" @click=${() => view.addStep()}>${msg('Add a next step')}</sammen-button>`}`;
}

/** The panel's heading text for a part. */
export function panelHeading(view: TriangleViewModel): string {
  return partLabel(view.session, view.selected, view.lang);
}

/** What the intro panel offers: open a part, or (when all are done) the summary. */
export interface IntroActions {
  open(part: PartId): void;
  showSummary(): void;
}

/**
 * The panel while no part is open: what the triangle is for, in the document's own corner names,
 * and the next thing to do — the first part not yet done, or, when all four are, the summary.
 */
export function renderIntroPanel(session: PerspectiveSession, lang: string, level: number, headingRef: RefOrCallback | undefined, actions: IntroActions): TemplateResult {
  const next = nextPartToWorkOn(session, DEFAULT_PROMPT_IDS);
  const begun = GUIDED_ORDER.some((part) => partState(session, part, DEFAULT_PROMPT_IDS) !== 'empty');
  const title = next ? msg('Three perspectives on one situation') : msg('All four parts are done');
  return html`<section id="panel" class="panel panel--intro" part="panel" aria-labelledby="panel-heading">
    ${heading(headingLevel(level), title, { id: 'panel-heading', tabindex: -1, ref: headingRef })}
    ${next
      ? html`<p>${introText(session, lang)}</p>
          <sammen-button @click=${() => actions.open(next)}>${nextStepText(session, next, lang, begun)}</sammen-button>`
      : html`<p>${msg('You have looked at the situation from all three sides and agreed on next steps. Read the summary together, print it or copy it for the meeting; every part can still be changed.')}</p>
          <sammen-button @click=${() => actions.showSummary()}>${msg('See the summary')}</sammen-button>`}
  </section>`;
}

/** A corner's own name from the document, or undefined when it uses the default. */
const customLabel = (session: PerspectiveSession, part: PartId, lang: string) =>
  part === 'centre' ? undefined : resolveText(session.perspectives[part].label, lang) || undefined;

/** What the triangle is for: in the default words, or with the document's own corner names. */
function introText(session: PerspectiveSession, lang: string): string {
  if (!GUIDED_ORDER.some((part) => customLabel(session, part, lang))) {
    return msg('Choose a corner of the triangle to think about what the child, the parents and you may experience, think, feel and need. The centre holds what you understand together and your next steps.');
  }
  const [child, parents, professionals] = GUIDED_ORDER.map((part) => partLabel(session, part, lang));
  return msg(
    str`Choose a corner of the triangle — ${child}, ${parents} or ${professionals} — to think about what each may experience, think, feel and need. The centre holds what you understand together and your next steps.`,
  );
}

/** The intro's button: start with the first corner, or continue with the first part not done. */
function nextStepText(session: PerspectiveSession, next: PartId, lang: string, begun: boolean): string {
  const custom = customLabel(session, next, lang);
  if (custom) return begun ? msg(str`Continue with ${custom}`) : msg(str`Start with ${custom}`);
  if (!begun) return msg('Start with the child');
  switch (next) {
    case 'child':
      return msg('Continue with the child');
    case 'parents':
      return msg('Continue with the parents');
    case 'professionals':
      return msg('Continue with the professionals');
    default:
      return msg('Continue with the shared understanding');
  }
}
