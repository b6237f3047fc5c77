// Generated from packages/content/examples/reflection-deck.en.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'reflection-deck'> = {
  "schema": "sammen.reflection-deck/v1",
  "id": "sammen-example-parents-as-partners",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "languages": [
    "en"
  ],
  "title": {
    "en": "Parents as partners"
  },
  "intro": {
    "en": "Statements and reflection questions for staff meetings and parent meetings. Draw a card, read the statement aloud and talk about the questions."
  },
  "themes": [
    {
      "id": "communities",
      "number": 1,
      "title": {
        "en": "We build communities together"
      },
      "intro": {
        "en": "When parents know each other, it is easier for the children to belong. Staff can build the bridges."
      },
      "cards": [
        {
          "id": "new-families",
          "title": {
            "en": "New families"
          },
          "statement": {
            "text": {
              "en": "“We don’t really know the other parents – we only see them in the cloakroom.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "How do we welcome a new family in the first weeks?"
              }
            },
            {
              "id": "q2",
              "text": {
                "en": "What small occasions can we create for parents to meet?"
              }
            }
          ],
          "audience": "both",
          "settings": [
            "daycare",
            "school",
            "club"
          ]
        },
        {
          "id": "children-outside",
          "title": {
            "en": "Children outside the community"
          },
          "statement": {
            "text": {
              "en": "“It is always the same children who get invited home.”"
            },
            "saidBy": "professionals"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "What do we see when we look at the play relationships in our group?"
              }
            },
            {
              "id": "q2",
              "text": {
                "en": "How can we open the community together with the parents?"
              },
              "items": [
                {
                  "en": "in everyday life"
                },
                {
                  "en": "at birthday parties"
                },
                {
                  "en": "in leisure time"
                }
              ]
            }
          ],
          "audience": "staff",
          "settings": [
            "daycare",
            "school"
          ]
        },
        {
          "id": "parent-network",
          "title": {
            "en": "Parent networks"
          },
          "statement": {
            "text": {
              "en": "“It was another parent who told me how everything works.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "How can parents help each other – and what is our role?"
              }
            }
          ],
          "audience": "parents",
          "settings": [
            "daycare"
          ]
        }
      ]
    },
    {
      "id": "involvement",
      "number": 2,
      "title": {
        "en": "Parents’ involvement and influence"
      },
      "intro": {
        "en": "Parents know things about their child that nobody else knows. It is the staff’s task to ask, listen and use it."
      },
      "cards": [
        {
          "id": "asked-too-late",
          "title": {
            "en": "Asked too late"
          },
          "statement": {
            "text": {
              "en": "“We only heard about it when the decision had been made.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "When do we involve parents – and when do we just inform them?"
              }
            },
            {
              "id": "q2",
              "text": {
                "en": "Where is it especially important to ask the parents first?"
              },
              "items": [
                {
                  "en": "when the child is having difficulties"
                },
                {
                  "en": "at the transition from home to daycare"
                },
                {
                  "en": "at the transition from daycare to school"
                }
              ]
            }
          ],
          "audience": "staff",
          "settings": [
            "daycare",
            "school",
            "club"
          ]
        },
        {
          "id": "parents-knowledge",
          "title": {
            "en": "What parents know"
          },
          "statement": {
            "text": {
              "en": "“At home he isn’t shy at all.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "How do we include the parents’ picture of the child when we plan?"
              }
            },
            {
              "id": "q2",
              "text": {
                "en": "What do we do when our picture and the parents’ picture differ?"
              }
            }
          ],
          "audience": "both",
          "settings": [
            "daycare",
            "school"
          ]
        }
      ]
    },
    {
      "id": "culture",
      "number": 3,
      "title": {
        "en": "A shared culture"
      },
      "intro": {
        "en": "Expectations, traditions and habits differ from family to family. A shared culture does not happen by itself – it is made."
      },
      "cards": [
        {
          "id": "unwritten-rules",
          "title": {
            "en": "The unwritten rules"
          },
          "statement": {
            "text": {
              "en": "“Everybody else seems to know what to bring on a trip.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "Which unwritten rules do we have that new families cannot know?"
              }
            },
            {
              "id": "q2",
              "text": {
                "en": "How do we make them visible without making anyone feel wrong?"
              }
            }
          ],
          "audience": "staff",
          "settings": [
            "daycare",
            "club"
          ]
        },
        {
          "id": "different-expectations",
          "title": {
            "en": "Different expectations"
          },
          "statement": {
            "text": {
              "en": "“Some parents expect us to raise their child – others expect us to stay out of it.”"
            },
            "saidBy": "professionals"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "How do we talk with parents about what each of us is responsible for?"
              }
            },
            {
              "id": "q2",
              "text": {
                "en": "What is our shared task for the child?"
              }
            },
            {
              "id": "q3",
              "text": {
                "en": "Where is the line for what we get involved in?"
              }
            }
          ],
          "audience": "both",
          "settings": [
            "daycare",
            "school",
            "club"
          ]
        }
      ]
    },
    {
      "id": "dialogue",
      "number": 4,
      "title": {
        "en": "Communication and dialogue are the key"
      },
      "intro": {
        "en": "The difficult conversation is easier when the good conversation came first. The professionals take the initiative."
      },
      "cards": [
        {
          "id": "only-bad-news",
          "title": {
            "en": "Only when something is wrong"
          },
          "statement": {
            "text": {
              "en": "“When staff say ‘have you got a minute?’, my stomach tightens.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "How often do we tell parents about what is going well?"
              }
            },
            {
              "id": "q2",
              "text": {
                "en": "How do we prepare a conversation when we are worried about a child?"
              }
            }
          ],
          "audience": "staff",
          "settings": [
            "daycare",
            "school",
            "club"
          ]
        },
        {
          "id": "daily-talk",
          "title": {
            "en": "The everyday talk"
          },
          "statement": {
            "text": {
              "en": "“We never get to talk – everybody is in a hurry at pick-up.”"
            },
            "saidBy": "both"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "en": "What ways other than the cloakroom do we have for talking with parents?"
              }
            }
          ],
          "audience": "both",
          "settings": [
            "daycare",
            "club"
          ]
        }
      ]
    }
  ]
};

export default example;
