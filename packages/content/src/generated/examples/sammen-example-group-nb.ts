// Generated from packages/content/examples/relation-map.nb.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'relation-map'> = {
  "schema": "sammen.relation-map/v2",
  "id": "sammen-example-group-nb",
  "revision": 0,
  "updatedAt": "2026-10-14T12:00:00.000Z",
  "title": "Maurtua — eksempel på en barnegruppe",
  "mode": "group",
  "people": [
    {
      "id": "alba",
      "label": "Alba",
      "initials": "A",
      "kind": "child"
    },
    {
      "id": "bjorn",
      "label": "Bjørn",
      "initials": "B",
      "kind": "child"
    },
    {
      "id": "cille",
      "label": "Cille",
      "initials": "C",
      "kind": "child"
    },
    {
      "id": "dina",
      "label": "Dina",
      "initials": "D",
      "kind": "child"
    },
    {
      "id": "emil",
      "label": "Emil",
      "initials": "E",
      "kind": "child"
    },
    {
      "id": "freja",
      "label": "Freja",
      "initials": "F",
      "kind": "child"
    },
    {
      "id": "gorm",
      "label": "Gorm",
      "initials": "G",
      "kind": "child"
    },
    {
      "id": "hedda",
      "label": "Hedda",
      "initials": "H",
      "kind": "child"
    },
    {
      "id": "ivar",
      "label": "Ivar",
      "initials": "I",
      "kind": "child"
    },
    {
      "id": "juna",
      "label": "Juna",
      "initials": "J",
      "kind": "child"
    },
    {
      "id": "kalle",
      "label": "Kalle",
      "initials": "K",
      "kind": "child"
    },
    {
      "id": "liv",
      "label": "Liv",
      "initials": "L",
      "kind": "child"
    },
    {
      "id": "malte",
      "label": "Malte",
      "initials": "M",
      "kind": "child"
    },
    {
      "id": "nora",
      "label": "Nora",
      "initials": "N",
      "kind": "child"
    },
    {
      "id": "otto",
      "label": "Otto",
      "initials": "O",
      "kind": "child"
    },
    {
      "id": "pil",
      "label": "Pil",
      "initials": "P",
      "kind": "child"
    },
    {
      "id": "rune",
      "label": "Rune",
      "initials": "R",
      "kind": "child"
    },
    {
      "id": "saga",
      "label": "Saga",
      "initials": "S",
      "kind": "child"
    },
    {
      "id": "tor",
      "label": "Tor",
      "initials": "T",
      "kind": "child"
    },
    {
      "id": "ulla",
      "label": "Ulla",
      "initials": "U",
      "kind": "child"
    },
    {
      "id": "vilja",
      "label": "Vilja",
      "initials": "V",
      "kind": "child"
    },
    {
      "id": "yrsa",
      "label": "Yrsa",
      "initials": "Y",
      "kind": "child"
    },
    {
      "id": "lene",
      "label": "Lene (barnehagelærer)",
      "initials": "Le",
      "kind": "staff"
    },
    {
      "id": "mads",
      "label": "Mads (barnehagelærer)",
      "initials": "Ma",
      "kind": "staff"
    },
    {
      "id": "sana",
      "label": "Sana (assistent)",
      "initials": "Sa",
      "kind": "staff"
    },
    {
      "id": "tove",
      "label": "Tove (pedagogisk leder)",
      "initials": "To",
      "kind": "staff"
    }
  ],
  "rounds": [
    {
      "id": "spring-2026",
      "date": "2026-04-15",
      "label": "Vår 2026",
      "note": "Observert i to uker i lek ute og inne. Tre barn å invitere inn i leken.",
      "ties": [
        {
          "id": "alba-bjorn",
          "from": "alba",
          "to": "bjorn",
          "kind": "plays-with",
          "strength": 3,
          "direction": "mutual"
        },
        {
          "id": "bjorn-dina",
          "from": "bjorn",
          "to": "dina",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "alba-dina",
          "from": "alba",
          "to": "dina",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "emil-freja",
          "from": "emil",
          "to": "freja",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "gorm-hedda",
          "from": "gorm",
          "to": "hedda",
          "kind": "plays-with",
          "strength": 3,
          "direction": "mutual"
        },
        {
          "id": "ivar-juna",
          "from": "ivar",
          "to": "juna",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "kalle-liv",
          "from": "kalle",
          "to": "liv",
          "kind": "seeks-out",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "malte-nora",
          "from": "malte",
          "to": "nora",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "nora-rune",
          "from": "nora",
          "to": "rune",
          "kind": "plays-with",
          "strength": 1,
          "direction": "mutual"
        },
        {
          "id": "rune-malte",
          "from": "rune",
          "to": "malte",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "otto-alba",
          "from": "otto",
          "to": "alba",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "pil-emil",
          "from": "pil",
          "to": "emil",
          "kind": "seeks-out",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "saga-gorm",
          "from": "saga",
          "to": "gorm",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "hedda-saga",
          "from": "hedda",
          "to": "saga",
          "kind": "plays-with",
          "strength": 2,
          "direction": "one-way"
        },
        {
          "id": "tor-kalle",
          "from": "tor",
          "to": "kalle",
          "kind": "plays-with",
          "strength": 2,
          "direction": "one-way"
        },
        {
          "id": "liv-tor",
          "from": "liv",
          "to": "tor",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "ulla-vilja",
          "from": "ulla",
          "to": "vilja",
          "kind": "plays-with",
          "strength": 3,
          "direction": "mutual"
        },
        {
          "id": "vilja-yrsa",
          "from": "vilja",
          "to": "yrsa",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "cille-yrsa",
          "from": "cille",
          "to": "yrsa",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "emil-gorm",
          "from": "emil",
          "to": "gorm",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "ivar-malte",
          "from": "ivar",
          "to": "malte",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "freja-liv",
          "from": "freja",
          "to": "liv",
          "kind": "plays-with",
          "strength": 2,
          "direction": "one-way"
        },
        {
          "id": "juna-dina",
          "from": "juna",
          "to": "dina",
          "kind": "asks-for-help",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "yrsa-ulla",
          "from": "yrsa",
          "to": "ulla",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        }
      ],
      "closeness": [
        {
          "adult": "lene",
          "child": "alba",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "alba",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "alba",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "alba",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "bjorn",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "bjorn",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "bjorn",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "bjorn",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "cille",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "cille",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "cille",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "cille",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "dina",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "dina",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "dina",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "dina",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "emil",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "emil",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "emil",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "emil",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "freja",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "freja",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "freja",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "freja",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "gorm",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "gorm",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "gorm",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "gorm",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "hedda",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "hedda",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "hedda",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "hedda",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "ivar",
          "rating": 1
        },
        {
          "adult": "mads",
          "child": "ivar",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "ivar",
          "rating": 1
        },
        {
          "adult": "tove",
          "child": "ivar",
          "rating": 1
        },
        {
          "adult": "lene",
          "child": "juna",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "juna",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "juna",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "juna",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "kalle",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "kalle",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "kalle",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "kalle",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "liv",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "liv",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "liv",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "liv",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "malte",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "malte",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "malte",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "malte",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "nora",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "nora",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "nora",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "nora",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "otto",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "otto",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "otto",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "otto",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "pil",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "pil",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "pil",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "pil",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "rune",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "rune",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "rune",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "rune",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "saga",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "saga",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "saga",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "saga",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "tor",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "tor",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "tor",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "tor",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "ulla",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "ulla",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "ulla",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "ulla",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "vilja",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "vilja",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "vilja",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "vilja",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "yrsa",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "yrsa",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "yrsa",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "yrsa",
          "rating": 2
        }
      ]
    },
    {
      "id": "autumn-2026",
      "date": "2026-10-14",
      "label": "Høst 2026",
      "note": "Etter sommerens lekegrupper. Cille og Ulla leker nå sammen; Pil er fortsatt et barn å invitere inn.",
      "ties": [
        {
          "id": "alba-bjorn",
          "from": "alba",
          "to": "bjorn",
          "kind": "plays-with",
          "strength": 3,
          "direction": "mutual"
        },
        {
          "id": "bjorn-dina",
          "from": "bjorn",
          "to": "dina",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "alba-dina",
          "from": "alba",
          "to": "dina",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "ivar-juna",
          "from": "ivar",
          "to": "juna",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "malte-nora",
          "from": "malte",
          "to": "nora",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "nora-rune",
          "from": "nora",
          "to": "rune",
          "kind": "plays-with",
          "strength": 1,
          "direction": "mutual"
        },
        {
          "id": "rune-malte",
          "from": "rune",
          "to": "malte",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "pil-emil",
          "from": "pil",
          "to": "emil",
          "kind": "seeks-out",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "saga-gorm",
          "from": "saga",
          "to": "gorm",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "hedda-saga",
          "from": "hedda",
          "to": "saga",
          "kind": "plays-with",
          "strength": 2,
          "direction": "one-way"
        },
        {
          "id": "tor-kalle",
          "from": "tor",
          "to": "kalle",
          "kind": "plays-with",
          "strength": 2,
          "direction": "one-way"
        },
        {
          "id": "liv-tor",
          "from": "liv",
          "to": "tor",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "ulla-vilja",
          "from": "ulla",
          "to": "vilja",
          "kind": "plays-with",
          "strength": 3,
          "direction": "mutual"
        },
        {
          "id": "vilja-yrsa",
          "from": "vilja",
          "to": "yrsa",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "cille-yrsa",
          "from": "cille",
          "to": "yrsa",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "emil-gorm",
          "from": "emil",
          "to": "gorm",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "ivar-malte",
          "from": "ivar",
          "to": "malte",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "freja-liv",
          "from": "freja",
          "to": "liv",
          "kind": "plays-with",
          "strength": 2,
          "direction": "one-way"
        },
        {
          "id": "juna-dina",
          "from": "juna",
          "to": "dina",
          "kind": "asks-for-help",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "yrsa-ulla",
          "from": "yrsa",
          "to": "ulla",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        },
        {
          "id": "otto-alba",
          "from": "otto",
          "to": "alba",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "emil-freja",
          "from": "emil",
          "to": "freja",
          "kind": "plays-with",
          "strength": 3,
          "direction": "mutual"
        },
        {
          "id": "gorm-hedda",
          "from": "gorm",
          "to": "hedda",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "cille-ulla",
          "from": "cille",
          "to": "ulla",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "liv-hedda",
          "from": "liv",
          "to": "hedda",
          "kind": "plays-with",
          "strength": 2,
          "direction": "mutual"
        },
        {
          "id": "pil-freja",
          "from": "pil",
          "to": "freja",
          "kind": "plays-with",
          "strength": 1,
          "direction": "one-way"
        }
      ],
      "closeness": [
        {
          "adult": "lene",
          "child": "alba",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "alba",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "alba",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "alba",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "bjorn",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "bjorn",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "bjorn",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "bjorn",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "cille",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "cille",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "cille",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "cille",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "dina",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "dina",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "dina",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "dina",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "emil",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "emil",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "emil",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "emil",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "freja",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "freja",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "freja",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "freja",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "gorm",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "gorm",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "gorm",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "gorm",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "hedda",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "hedda",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "hedda",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "hedda",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "ivar",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "ivar",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "ivar",
          "rating": 1
        },
        {
          "adult": "tove",
          "child": "ivar",
          "rating": 1
        },
        {
          "adult": "lene",
          "child": "juna",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "juna",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "juna",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "juna",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "kalle",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "kalle",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "kalle",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "kalle",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "liv",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "liv",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "liv",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "liv",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "malte",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "malte",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "malte",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "malte",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "nora",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "nora",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "nora",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "nora",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "otto",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "otto",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "otto",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "otto",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "pil",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "pil",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "pil",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "pil",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "rune",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "rune",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "rune",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "rune",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "saga",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "saga",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "saga",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "saga",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "tor",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "tor",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "tor",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "tor",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "ulla",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "ulla",
          "rating": 2
        },
        {
          "adult": "sana",
          "child": "ulla",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "ulla",
          "rating": 3
        },
        {
          "adult": "lene",
          "child": "vilja",
          "rating": 3
        },
        {
          "adult": "mads",
          "child": "vilja",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "vilja",
          "rating": 2
        },
        {
          "adult": "tove",
          "child": "vilja",
          "rating": 2
        },
        {
          "adult": "lene",
          "child": "yrsa",
          "rating": 2
        },
        {
          "adult": "mads",
          "child": "yrsa",
          "rating": 3
        },
        {
          "adult": "sana",
          "child": "yrsa",
          "rating": 3
        },
        {
          "adult": "tove",
          "child": "yrsa",
          "rating": 2
        }
      ]
    }
  ]
};

export default example;
