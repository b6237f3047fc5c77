// Generated from packages/content/examples/change-model.en.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'change-model'> = {
  "schema": "sammen.change-model/v2",
  "id": "sammen-example-change-model",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "title": {
    "en": "Stronger together for the youngest"
  },
  "targetGroup": {
    "en": "Children aged 0–6 in the municipality’s daycare and their families – above all where a concern is still small."
  },
  "columns": [
    {
      "id": "activities",
      "kind": "activities",
      "title": {
        "en": "Activities"
      },
      "items": [
        {
          "id": "counselling",
          "title": {
            "en": "Open interdisciplinary counselling in daycare"
          },
          "description": {
            "en": "A health visitor, a psychologist, a physiotherapist and a speech consultant hold open counselling in the daycare centre every other week. Parents and staff can drop in without a referral."
          },
          "aims": [
            {
              "en": "Parents and staff get advice before a concern grows."
            },
            {
              "en": "The specialists become familiar faces in everyday life."
            },
            {
              "en": "Staff grow more confident talking with parents about concerns."
            }
          ],
          "bullets": [
            {
              "en": "Every other week, two hours at a time"
            },
            {
              "en": "No referral and no case file at the first talk"
            },
            {
              "en": "The specialists can observe in the children’s group when parents ask"
            }
          ],
          "targetGroup": {
            "en": "Parents of children aged 0–6 and the daycare staff"
          },
          "assumptions": {
            "en": "Parents see the daycare centre as a safe place to ask."
          }
        },
        {
          "id": "family-groups",
          "title": {
            "en": "Family groups in daycare"
          },
          "description": {
            "en": "Six to eight families meet at the daycare centre six times over half a year with two regular staff members and the health visitor. We eat together, the children play, and the adults talk about everyday life with young children."
          },
          "aims": [
            {
              "en": "Parents get to know each other across backgrounds."
            },
            {
              "en": "Parents gain practical tools for sleep, food, boundaries and play."
            },
            {
              "en": "Children outside the community find playmates – after closing time too."
            }
          ],
          "targetGroup": {
            "en": "Families the staff see as isolated or unsure in their role as parents"
          },
          "assumptions": {
            "en": "Families can come late in the afternoon, and there is food and care for siblings."
          }
        }
      ]
    },
    {
      "id": "short-term",
      "kind": "short-term-results",
      "title": {
        "en": "Short-term results"
      },
      "items": [
        {
          "id": "advice-earlier",
          "title": {
            "en": "Parents seek advice earlier"
          },
          "indicators": [
            {
              "id": "ind-advice",
              "name": {
                "en": "Talks in the open counselling per half-year"
              },
              "dataSource": {
                "en": "The counselling log"
              },
              "baseline": "12",
              "target": "40",
              "current": "31",
              "status": "on-track"
            }
          ]
        },
        {
          "id": "concerns-shared",
          "title": {
            "en": "Staff discuss concerns with specialists in time"
          },
          "indicators": [
            {
              "id": "ind-concerns",
              "name": {
                "en": "Concerns discussed with a specialist within 14 days"
              },
              "dataSource": {
                "en": "The daycare’s own records"
              },
              "baseline": "35 %",
              "target": "75 %",
              "current": "48 %",
              "status": "at-risk"
            }
          ]
        },
        {
          "id": "shared-language",
          "title": {
            "en": "Parents and staff talk about the child’s well-being in the same words"
          }
        },
        {
          "id": "parents-know-each-other",
          "title": {
            "en": "Parents in the group know each other"
          },
          "indicators": [
            {
              "id": "ind-know",
              "name": {
                "en": "Parents who know at least two other families in the group"
              },
              "dataSource": {
                "en": "Questionnaire at the last group meeting"
              },
              "baseline": "20 %",
              "target": "80 %",
              "status": "no-data"
            }
          ]
        },
        {
          "id": "confident-parents",
          "title": {
            "en": "Parents feel more confident in everyday life with their child"
          }
        },
        {
          "id": "children-play",
          "title": {
            "en": "Children play together across families"
          }
        }
      ]
    },
    {
      "id": "medium-term",
      "kind": "medium-term-effects",
      "title": {
        "en": "Medium-term effects"
      },
      "items": [
        {
          "id": "wellbeing",
          "title": {
            "en": "More children thrive – as the well-being forms show"
          },
          "indicators": [
            {
              "id": "ind-wellbeing",
              "name": {
                "en": "Children with good well-being"
              },
              "dataSource": {
                "en": "Well-being forms, twice a year"
              },
              "baseline": "78 %",
              "target": "90 %",
              "current": "80 %",
              "status": "at-risk"
            }
          ]
        },
        {
          "id": "yellow-briefly",
          "title": {
            "en": "Children spend only a short time in the yellow position"
          },
          "description": {
            "en": "Yellow in the traffic-light model: there is a concern and we keep watch."
          },
          "indicators": [
            {
              "id": "ind-yellow",
              "name": {
                "en": "Average time in the yellow position, in months"
              },
              "dataSource": {
                "en": "The daycare’s traffic-light model"
              },
              "baseline": "7",
              "target": "3",
              "current": "8",
              "status": "off-track"
            }
          ]
        },
        {
          "id": "children-included",
          "title": {
            "en": "More vulnerable children are part of the children’s community"
          },
          "description": {
            "en": "For example as shown by mapping the children’s relationships."
          },
          "indicators": [
            {
              "id": "ind-included",
              "name": {
                "en": "Children without a mutual play relationship"
              },
              "dataSource": {
                "en": "Relationship mapping in spring and autumn"
              },
              "baseline": "9",
              "target": "3",
              "current": "6",
              "status": "on-track"
            }
          ]
        },
        {
          "id": "partnership",
          "title": {
            "en": "Parents and daycare work together as partners"
          }
        }
      ]
    },
    {
      "id": "long-term",
      "kind": "long-term-effects",
      "title": {
        "en": "Long-term effects"
      },
      "items": [
        {
          "id": "social-heritage",
          "title": {
            "en": "Daycare does not pass on negative social heritage"
          }
        },
        {
          "id": "ready-for-school",
          "title": {
            "en": "Children start school eager and ready to learn"
          }
        },
        {
          "id": "fewer-measures",
          "title": {
            "en": "Fewer families need intrusive measures"
          }
        }
      ]
    }
  ],
  "links": [
    {
      "id": "counselling->advice-earlier",
      "from": "counselling",
      "to": "advice-earlier",
      "rationale": {
        "en": "The specialists sit in the building parents come to anyway. With no waiting and no referral, parents ask while the concern is still small."
      },
      "assumptions": {
        "en": "Parents know the counselling exists and commits them to nothing."
      },
      "evidence": {
        "en": "Our trial in two daycare centres in 2025 brought more and earlier requests."
      }
    },
    {
      "id": "counselling->concerns-shared",
      "from": "counselling",
      "to": "concerns-shared",
      "rationale": {
        "en": "Staff can bring a concern to the counselling the same week instead of waiting for a meeting."
      }
    },
    {
      "id": "counselling->shared-language",
      "from": "counselling",
      "to": "shared-language",
      "rationale": {
        "en": "When parents and staff talk with the same specialists, they share words for the child’s development."
      }
    },
    {
      "id": "family-groups->parents-know-each-other",
      "from": "family-groups",
      "to": "parents-know-each-other",
      "rationale": {
        "en": "The families meet six times and eat together. There is time to talk, and that is how acquaintances start."
      },
      "evidence": {
        "en": "Participants in the trial groups named the shared meal as what mattered most."
      }
    },
    {
      "id": "family-groups->confident-parents",
      "from": "family-groups",
      "to": "confident-parents",
      "rationale": {
        "en": "Parents share experiences and get practical advice on sleep, food and boundaries from the health visitor."
      }
    },
    {
      "id": "family-groups->children-play",
      "from": "family-groups",
      "to": "children-play",
      "rationale": {
        "en": "The children play together with their parents nearby, and families arrange play dates afterwards."
      },
      "assumptions": {
        "en": "The families live close enough to meet outside the daycare centre."
      }
    },
    {
      "id": "advice-earlier->wellbeing",
      "from": "advice-earlier",
      "to": "wellbeing",
      "rationale": {
        "en": "Help in time solves small problems before they affect the child’s well-being."
      }
    },
    {
      "id": "advice-earlier->yellow-briefly",
      "from": "advice-earlier",
      "to": "yellow-briefly",
      "rationale": {
        "en": "Parents who get advice early can act while the child is in the yellow position."
      }
    },
    {
      "id": "concerns-shared->yellow-briefly",
      "from": "concerns-shared",
      "to": "yellow-briefly",
      "rationale": {
        "en": "When a concern is discussed quickly, help starts sooner and the child does not stay in the yellow position."
      },
      "assumptions": {
        "en": "Staff have time to follow up on what is agreed."
      },
      "evidence": {
        "en": "The municipality’s own review in 2024 found long waits before the first discussion."
      }
    },
    {
      "id": "shared-language->partnership",
      "from": "shared-language",
      "to": "partnership",
      "rationale": {
        "en": "A shared language makes it easier to talk about concerns without anyone feeling accused."
      }
    },
    {
      "id": "parents-know-each-other->children-included",
      "from": "parents-know-each-other",
      "to": "children-included",
      "rationale": {
        "en": "When parents know each other, they invite each other’s children home, and the children make friends."
      }
    },
    {
      "id": "confident-parents->wellbeing",
      "from": "confident-parents",
      "to": "wellbeing",
      "rationale": {
        "en": "Confident parents give the child calm and predictability at home."
      }
    },
    {
      "id": "confident-parents->partnership",
      "from": "confident-parents",
      "to": "partnership",
      "rationale": {
        "en": "Parents who feel capable find it easier to talk with the staff."
      }
    },
    {
      "id": "children-play->children-included",
      "from": "children-play",
      "to": "children-included",
      "rationale": {
        "en": "Play relationships from the family group carry over into the children’s group."
      },
      "evidence": {
        "en": "Relationship mapping in the trial centres showed more mutual relationships after the programme."
      }
    },
    {
      "id": "wellbeing->ready-for-school",
      "from": "wellbeing",
      "to": "ready-for-school",
      "rationale": {
        "en": "Children who thrive have the energy to learn and take new steps."
      }
    },
    {
      "id": "yellow-briefly->social-heritage",
      "from": "yellow-briefly",
      "to": "social-heritage",
      "rationale": {
        "en": "Short spells in the yellow position mean fewer problems grow large enough to follow the child."
      }
    },
    {
      "id": "yellow-briefly->fewer-measures",
      "from": "yellow-briefly",
      "to": "fewer-measures",
      "rationale": {
        "en": "When concerns are resolved early, a report of concern is needed less often."
      }
    },
    {
      "id": "children-included->social-heritage",
      "from": "children-included",
      "to": "social-heritage",
      "rationale": {
        "en": "Children who belong get the same chances to play and learn as the others."
      }
    },
    {
      "id": "children-included->ready-for-school",
      "from": "children-included",
      "to": "ready-for-school",
      "rationale": {
        "en": "Friendships give children courage for new communities, at school too."
      }
    },
    {
      "id": "partnership->fewer-measures",
      "from": "partnership",
      "to": "fewer-measures",
      "rationale": {
        "en": "When parents and daycare work together, more concerns can be solved in everyday life."
      },
      "assumptions": {
        "en": "The collaboration rests on trust, not on control."
      }
    },
    {
      "id": "partnership->advice-earlier",
      "from": "partnership",
      "to": "advice-earlier",
      "rationale": {
        "en": "Trust spreads: parents who find the collaboration good ask earlier next time – and tell other parents about the counselling."
      }
    }
  ]
};

export default example;
