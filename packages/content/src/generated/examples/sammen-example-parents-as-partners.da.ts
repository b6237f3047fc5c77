// Generated from packages/content/examples/reflection-deck.da.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'reflection-deck'> = {
  "schema": "sammen.reflection-deck/v1",
  "id": "sammen-example-parents-as-partners",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "languages": [
    "da"
  ],
  "title": {
    "da": "Forældre som partnere"
  },
  "intro": {
    "da": "Udsagn og refleksionsspørgsmål til personalemøder og forældremøder. Tag et kort, læs udsagnet højt, og tal om spørgsmålene."
  },
  "themes": [
    {
      "id": "communities",
      "number": 1,
      "title": {
        "da": "Vi skaber fællesskaber sammen"
      },
      "intro": {
        "da": "Når forældre kender hinanden, bliver det lettere for børnene at være en del af fællesskabet. Det pædagogiske personale kan bygge bro."
      },
      "cards": [
        {
          "id": "new-families",
          "title": {
            "da": "Nye familier"
          },
          "statement": {
            "text": {
              "da": "“Vi kender ikke rigtig de andre forældre – vi ser dem kun i garderoben.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvordan tager vi imod en ny familie de første uger?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvilke små anledninger kan vi skabe, hvor forældre møder hinanden?"
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
            "da": "Børn uden for fællesskabet"
          },
          "statement": {
            "text": {
              "da": "“Det er altid de samme børn, der bliver inviteret med hjem.”"
            },
            "saidBy": "professionals"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvad ser vi, når vi kigger på legerelationerne i vores gruppe?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvordan kan vi sammen med forældrene åbne fællesskabet?"
              },
              "items": [
                {
                  "da": "i hverdagen"
                },
                {
                  "da": "til fødselsdage"
                },
                {
                  "da": "i fritiden"
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
            "da": "Forældrenetværk"
          },
          "statement": {
            "text": {
              "da": "“Det var en anden forælder, der fortalte mig, hvordan det hele fungerer.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvordan kan forældre hjælpe hinanden – og hvad er vores rolle?"
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
        "da": "Forældres inddragelse og indflydelse"
      },
      "intro": {
        "da": "Forældre ved noget om deres barn, som ingen andre ved. Det er personalets opgave at spørge, lytte og bruge det."
      },
      "cards": [
        {
          "id": "asked-too-late",
          "title": {
            "da": "Spurgt for sent"
          },
          "statement": {
            "text": {
              "da": "“Vi hørte først om det, da beslutningen var truffet.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvornår inddrager vi forældre – og hvornår informerer vi bare?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvor er det særligt vigtigt at spørge forældrene først?"
              },
              "items": [
                {
                  "da": "når barnet er i vanskeligheder"
                },
                {
                  "da": "ved overgangen fra hjem til dagtilbud"
                },
                {
                  "da": "ved overgangen fra dagtilbud til skole"
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
            "da": "Forældrenes viden"
          },
          "statement": {
            "text": {
              "da": "“Hjemme er han slet ikke genert.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvordan får vi forældrenes billede af barnet med, når vi planlægger?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvad gør vi, når vores billede og forældrenes billede er forskellige?"
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
        "da": "En fælles kultur"
      },
      "intro": {
        "da": "Forventninger, traditioner og vaner er forskellige fra familie til familie. En fælles kultur kommer ikke af sig selv – den skabes."
      },
      "cards": [
        {
          "id": "unwritten-rules",
          "title": {
            "da": "De uskrevne regler"
          },
          "statement": {
            "text": {
              "da": "“Alle andre lader til at vide, hvad man skal have med til en tur.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvilke uskrevne regler har vi, som nye familier ikke kan kende?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvordan gør vi dem synlige uden at gøre nogen forkerte?"
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
            "da": "Forskellige forventninger"
          },
          "statement": {
            "text": {
              "da": "“Nogle forældre forventer, at vi opdrager – andre, at vi holder os væk.”"
            },
            "saidBy": "professionals"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvordan taler vi med forældre om, hvad vi hver især står for?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvad er vores fælles opgave for barnet?"
              }
            },
            {
              "id": "q3",
              "text": {
                "da": "Hvor går grænsen for, hvad vi blander os i?"
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
        "da": "Kommunikation og dialog er nøglen"
      },
      "intro": {
        "da": "Den svære samtale bliver lettere, når den gode samtale har været der først. Det er de professionelle, der tager initiativet."
      },
      "cards": [
        {
          "id": "only-bad-news",
          "title": {
            "da": "Kun når noget er galt"
          },
          "statement": {
            "text": {
              "da": "“Når pædagogen siger ‘har du lige et øjeblik?’, får jeg ondt i maven.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvor tit fortæller vi forældre om det, der går godt?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvordan forbereder vi en samtale, når vi er bekymrede for et barn?"
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
            "da": "Den daglige snak"
          },
          "statement": {
            "text": {
              "da": "“Vi når aldrig at tale sammen – alle har travlt ved afhentning.”"
            },
            "saidBy": "both"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvilke andre veje end garderoben har vi til dialog med forældrene?"
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
