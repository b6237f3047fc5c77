// Generated from packages/content/examples/relation-map-network.da.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'relation-map'> = {
  "schema": "sammen.relation-map/v2",
  "id": "sammen-example-network-da",
  "revision": 0,
  "updatedAt": "2026-10-20T12:00:00.000Z",
  "title": "Netværket omkring A. — eksempel",
  "mode": "network",
  "centre": "a",
  "people": [
    {
      "id": "a",
      "label": "A. (4 år)",
      "initials": "A",
      "kind": "child"
    },
    {
      "id": "mother",
      "label": "Mor",
      "kind": "parent",
      "sector": "family",
      "ring": 1
    },
    {
      "id": "father",
      "label": "Far",
      "kind": "parent",
      "sector": "family",
      "ring": 1
    },
    {
      "id": "brother",
      "label": "Lillebror",
      "kind": "family",
      "sector": "family",
      "ring": 1
    },
    {
      "id": "grandmother",
      "label": "Mormor",
      "kind": "family",
      "sector": "family",
      "ring": 2
    },
    {
      "id": "lene",
      "label": "Lene (pædagog)",
      "kind": "staff",
      "sector": "daycare",
      "ring": 1
    },
    {
      "id": "support-pedagogue",
      "label": "Støttepædagog",
      "kind": "staff",
      "sector": "daycare",
      "ring": 2
    },
    {
      "id": "health-visitor",
      "label": "Sundhedsplejerske",
      "kind": "service",
      "sector": "health",
      "ring": 2
    },
    {
      "id": "psychologist",
      "label": "Psykolog (PPR)",
      "kind": "service",
      "sector": "health",
      "ring": 3
    },
    {
      "id": "caseworker",
      "label": "Sagsbehandler, børne- og familieafdelingen",
      "kind": "service",
      "sector": "social-services",
      "ring": 3
    },
    {
      "id": "swimming-coach",
      "label": "Svømmetræner",
      "kind": "adult",
      "sector": "leisure",
      "ring": 3
    },
    {
      "id": "neighbour-child",
      "label": "Nabobarnet M.",
      "kind": "child",
      "sector": "leisure",
      "ring": 2
    }
  ],
  "rounds": [
    {
      "id": "october-2026",
      "date": "2026-10-20",
      "label": "Netværksmøde oktober",
      "note": "Tegnet sammen med mor og far. Aftale: Lene er fast kontaktperson; sundhedsplejersken inviteres til næste møde.",
      "ties": [
        {
          "id": "a-mother",
          "from": "mother",
          "to": "a",
          "kind": "family",
          "strength": 3,
          "quality": "positive",
          "direction": "mutual"
        },
        {
          "id": "a-father",
          "from": "father",
          "to": "a",
          "kind": "family",
          "strength": 2,
          "quality": "mixed",
          "direction": "mutual"
        },
        {
          "id": "a-brother",
          "from": "brother",
          "to": "a",
          "kind": "family",
          "strength": 2,
          "quality": "positive",
          "direction": "mutual"
        },
        {
          "id": "a-grandmother",
          "from": "grandmother",
          "to": "a",
          "kind": "family",
          "strength": 3,
          "quality": "positive",
          "direction": "mutual"
        },
        {
          "id": "a-lene",
          "from": "lene",
          "to": "a",
          "kind": "care",
          "strength": 3,
          "quality": "positive",
          "direction": "mutual"
        },
        {
          "id": "a-support-pedagogue",
          "from": "support-pedagogue",
          "to": "a",
          "kind": "care",
          "strength": 2,
          "quality": "positive",
          "direction": "mutual"
        },
        {
          "id": "a-health-visitor",
          "from": "health-visitor",
          "to": "a",
          "kind": "professional",
          "strength": 2,
          "quality": "positive",
          "direction": "one-way"
        },
        {
          "id": "a-psychologist",
          "from": "psychologist",
          "to": "a",
          "kind": "professional",
          "strength": 1,
          "quality": "mixed",
          "direction": "one-way"
        },
        {
          "id": "a-caseworker",
          "from": "caseworker",
          "to": "a",
          "kind": "professional",
          "strength": 1,
          "quality": "strained",
          "direction": "one-way"
        },
        {
          "id": "a-swimming-coach",
          "from": "swimming-coach",
          "to": "a",
          "kind": "support",
          "strength": 1,
          "quality": "positive",
          "direction": "one-way"
        },
        {
          "id": "a-neighbour-child",
          "from": "neighbour-child",
          "to": "a",
          "kind": "friendship",
          "strength": 2,
          "quality": "positive",
          "direction": "mutual"
        }
      ]
    }
  ]
};

export default example;
