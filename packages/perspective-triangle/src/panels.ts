// The panel beside the triangle: a corner's guided prompts, or the centre's shared understanding
// and next steps. Every field is labelled inside this shadow root.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { renderLengthCount } from '@sammen/core';
import { entryOf, LIMITS, type PerspectiveId } from '@sammen/sdk';
import { partLabel, promptsOf } from './perspective-texts.js';
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
    location-type=${view.storeLocation.type}
    location-label=${ifDefined(view.storeLocation.label)}
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
            <sammen-icon-button icon="arrow-up" data-move="up" label=${msg(str`Move step ${n} up`)} ?disabled=${index === 0} @click=${() => view.moveStep(step.id, -1)}></sammen-icon-button>
            <sammen-icon-button icon="arrow-down" data-move="down" label=${msg(str`Move step ${n} down`)} ?disabled=${index === count - 1} @click=${() => view.moveStep(step.id, 1)}></sammen-icon-button>
            <sammen-icon-button icon="trash" data-remove label=${msg(str`Remove step ${n}`)} @click=${() => view.removeStep(step.id)}></sammen-icon-button>
          </span>`}
    </div>
    <label class="field step__text">
      <span>${msg(str`Step ${n}: what`)}</span>
      <input
        type="text"
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
        <input type="date" .value=${step.due} ?readonly=${view.readOnly} @change=${(event: Event) => view.updateStep(step.id, { due: valueOf(event) })} />
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
    <h4 id="steps-heading">${msg('Next steps')}</h4>
    ${steps.length === 0 ? html`<p class="muted">${msg('No next steps yet.')}</p>` : nothing}
    <ol class="steps" aria-labelledby="steps-heading">
      ${steps.map((_step, index) => renderStep(view, index))}
    </ol>
    ${view.readOnly ? nothing : html`<sammen-button variant="secondary" class="add-step" @click=${() => view.addStep()}>${msg('Add a next step')}</sammen-button>`}`;
}

/** The panel's heading text for a part. */
export function panelHeading(view: TriangleViewModel): string {
  return partLabel(view.session, view.selected, view.lang);
}
