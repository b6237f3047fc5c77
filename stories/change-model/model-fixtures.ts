// Change models for stories and tests: ragged columns, branches and a cycle; markup in every
// text field; a model whose every indicator state appears.
import type { ChangeModel, ChangeModelItem, ChangeModelLink } from '@sammen/sdk';
import { generateModel } from '../../packages/change-model/src/logic/generate-model.js';

const base = { schema: 'sammen.change-model/v2', revision: 1, updatedAt: '2026-11-30T10:00:00.000Z' } as const;

const item = (id: string, title: string, extra: Partial<ChangeModelItem> = {}): ChangeModelItem => ({ id, title, ...extra });
const link = (from: string, to: string, extra: Partial<ChangeModelLink> = {}): ChangeModelLink => ({ id: `${from}->${to}`, from, to, ...extra });

/**
 * Two activities, four short-term results, two medium-term effects and one long-term effect
 * (ragged columns); "Family groups" branches to three results; the medium-term effect
 * "Parents speak up" leads back to "Parents meet" (a cycle).
 */
export const branchedModel: ChangeModel = {
  ...base,
  id: 'branched',
  title: 'Branches and a cycle',
  columns: [
    {
      id: 'activities',
      kind: 'activities',
      items: [
        item('counselling', 'Open counselling', { description: 'A health visitor and a psychologist in the daycare every month.', aims: ['Early help'] }),
        item('family-groups', 'Family groups', {
          bullets: ['Six evenings', 'Children join the last hour'],
          targetGroup: 'Families new to the area',
          indicators: [{ id: 'fg-attendance', name: 'Families who come', dataSource: 'Attendance lists', baseline: '0', target: '12', current: '7', status: 'at-risk' }],
        }),
      ],
    },
    {
      id: 'short',
      kind: 'short-term-results',
      items: [
        item('staff-ask', 'Staff ask for advice early'),
        item('parents-meet', 'Parents meet each other'),
        item('parents-know', 'Parents know the offers'),
        item('children-play', 'Children play across groups', { indicators: [{ id: 'play', name: 'Mixed play', status: 'on-track' }] }),
      ],
    },
    {
      id: 'medium',
      kind: 'medium-term-effects',
      items: [
        item('yellow-short', 'Fewer weeks in yellow', { indicators: [{ id: 'yellow', name: 'Weeks in yellow', status: 'off-track', baseline: '9', target: '4', current: '10' }] }),
        item('parents-speak', 'Parents speak up', { assumptions: 'Parents trust the staff' }),
      ],
    },
    { id: 'long', kind: 'long-term-effects', items: [item('heritage', 'No negative social heritage', { indicators: [{ id: 'h', name: 'Wellbeing at school start', status: 'no-data' }] })] },
  ],
  links: [
    link('counselling', 'staff-ask', { rationale: 'Advice nearby lowers the threshold to ask.', assumptions: 'Staff have time to come', evidence: 'Pilot in two daycares, 2025' }),
    link('family-groups', 'parents-meet', { rationale: 'Evenings together build acquaintance.' }),
    link('family-groups', 'parents-know'),
    link('family-groups', 'children-play'),
    link('staff-ask', 'yellow-short'),
    link('parents-meet', 'parents-speak'),
    link('parents-know', 'parents-speak'),
    link('parents-speak', 'parents-meet', { rationale: 'Parents who speak up invite others.' }),
    link('yellow-short', 'heritage'),
    link('parents-speak', 'heritage'),
  ],
} as ChangeModel;

export const HOSTILE = '<img src=x onerror="window.__sammenPwned=1"><script>window.__sammenPwned=1</script> & "quotes"';

/** Markup and script in every text field. */
export const hostileModel: ChangeModel = {
  ...base,
  id: 'hostile',
  title: HOSTILE,
  columns: [
    { id: 'a', kind: 'activities', title: HOSTILE, items: [item('x', HOSTILE, { description: HOSTILE, bullets: [HOSTILE], indicators: [{ id: 'i', name: HOSTILE, status: 'at-risk', current: HOSTILE }] })] },
    { id: 'b', kind: 'short-term-results', items: [item('y', HOSTILE)] },
  ],
  links: [link('x', 'y', { rationale: HOSTILE })],
} as ChangeModel;

/** A generated model of 100 items and 300 links (the pure generator: the same model every time). */
export const largeModel = generateModel({ items: 100, links: 300 });
