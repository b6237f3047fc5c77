// Small models for the edit and compare tests: two activities, two results, links, indicators.
import { SCHEMA_IDS, type ChangeModel } from '@sammen/sdk';

export function quarterModel(id = 'kvartal'): ChangeModel {
  return {
    schema: SCHEMA_IDS['change-model'],
    id,
    revision: 0,
    updatedAt: '2026-09-30T10:00:00.000Z',
    title: { da: 'Bedre chancer i livet' },
    columns: [
      {
        id: 'activities',
        kind: 'activities',
        items: [
          { id: 'a1', title: { da: 'Familiegrupper' }, indicators: [{ id: 'i1', name: { da: 'Fremmøde' }, status: 'on-track' }] },
          { id: 'a2', title: { da: 'Åben rådgivning' } },
        ],
      },
      {
        id: 'short',
        kind: 'short-term-results',
        items: [
          { id: 'r1', title: { da: 'Forældre deltager' } },
          { id: 'r2', title: { da: 'Tidlig opsporing' } },
        ],
      },
      { id: 'medium', kind: 'medium-term-effects', items: [] },
      { id: 'long', kind: 'long-term-effects', items: [] },
    ],
    links: [{ id: 'a1->r1', from: 'a1', to: 'r1', rationale: { da: 'Forældre mødes' } }],
  } as ChangeModel;
}
