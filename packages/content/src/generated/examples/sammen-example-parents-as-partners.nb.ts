// Generated from packages/content/examples/reflection-deck.nb.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'reflection-deck'> = {
  "schema": "sammen.reflection-deck/v1",
  "id": "sammen-example-parents-as-partners",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "languages": [
    "nb"
  ],
  "title": {
    "nb": "Foreldre som partnere"
  },
  "intro": {
    "nb": "Utsagn og refleksjonsspørsmål til personalemøter og foreldremøter. Trekk et kort, les utsagnet høyt og snakk om spørsmålene."
  },
  "themes": [
    {
      "id": "communities",
      "number": 1,
      "title": {
        "nb": "Vi skaper fellesskap sammen"
      },
      "intro": {
        "nb": "Når foreldre kjenner hverandre, blir det lettere for barna å være en del av fellesskapet. De ansatte kan bygge bro."
      },
      "cards": [
        {
          "id": "new-families",
          "title": {
            "nb": "Nye familier"
          },
          "statement": {
            "text": {
              "nb": "“Vi kjenner egentlig ikke de andre foreldrene – vi ser dem bare i garderoben.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Hvordan tar vi imot en ny familie de første ukene?"
              }
            },
            {
              "id": "q2",
              "text": {
                "nb": "Hvilke små anledninger kan vi skape der foreldre møter hverandre?"
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
            "nb": "Barn utenfor fellesskapet"
          },
          "statement": {
            "text": {
              "nb": "“Det er alltid de samme barna som blir invitert med hjem.”"
            },
            "saidBy": "professionals"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Hva ser vi når vi ser på lekerelasjonene i gruppen vår?"
              }
            },
            {
              "id": "q2",
              "text": {
                "nb": "Hvordan kan vi sammen med foreldrene åpne fellesskapet?"
              },
              "items": [
                {
                  "nb": "i hverdagen"
                },
                {
                  "nb": "i bursdager"
                },
                {
                  "nb": "i fritiden"
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
            "nb": "Foreldrenettverk"
          },
          "statement": {
            "text": {
              "nb": "“Det var en annen forelder som fortalte meg hvordan alt fungerer.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Hvordan kan foreldre hjelpe hverandre – og hva er vår rolle?"
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
        "nb": "Foreldres medvirkning og innflytelse"
      },
      "intro": {
        "nb": "Foreldre vet noe om barnet sitt som ingen andre vet. Det er de ansattes oppgave å spørre, lytte og bruke det."
      },
      "cards": [
        {
          "id": "asked-too-late",
          "title": {
            "nb": "Spurt for sent"
          },
          "statement": {
            "text": {
              "nb": "“Vi hørte først om det da beslutningen var tatt.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Når tar vi med foreldrene – og når bare informerer vi?"
              }
            },
            {
              "id": "q2",
              "text": {
                "nb": "Hvor er det særlig viktig å spørre foreldrene først?"
              },
              "items": [
                {
                  "nb": "når barnet strever"
                },
                {
                  "nb": "ved overgangen fra hjem til barnehage"
                },
                {
                  "nb": "ved overgangen fra barnehage til skole"
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
            "nb": "Foreldrenes kunnskap"
          },
          "statement": {
            "text": {
              "nb": "“Hjemme er han ikke sjenert i det hele tatt.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Hvordan får vi med foreldrenes bilde av barnet når vi planlegger?"
              }
            },
            {
              "id": "q2",
              "text": {
                "nb": "Hva gjør vi når vårt bilde og foreldrenes bilde er forskjellige?"
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
        "nb": "En felles kultur"
      },
      "intro": {
        "nb": "Forventninger, tradisjoner og vaner er forskjellige fra familie til familie. En felles kultur kommer ikke av seg selv – den skapes."
      },
      "cards": [
        {
          "id": "unwritten-rules",
          "title": {
            "nb": "De uskrevne reglene"
          },
          "statement": {
            "text": {
              "nb": "“Alle andre ser ut til å vite hva man skal ha med på tur.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Hvilke uskrevne regler har vi som nye familier ikke kan kjenne til?"
              }
            },
            {
              "id": "q2",
              "text": {
                "nb": "Hvordan gjør vi dem synlige uten å få noen til å føle seg feil?"
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
            "nb": "Ulike forventninger"
          },
          "statement": {
            "text": {
              "nb": "“Noen foreldre forventer at vi oppdrar – andre at vi holder oss unna.”"
            },
            "saidBy": "professionals"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Hvordan snakker vi med foreldre om hva vi hver for oss står for?"
              }
            },
            {
              "id": "q2",
              "text": {
                "nb": "Hva er vår felles oppgave for barnet?"
              }
            },
            {
              "id": "q3",
              "text": {
                "nb": "Hvor går grensen for hva vi blander oss i?"
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
        "nb": "Kommunikasjon og dialog er nøkkelen"
      },
      "intro": {
        "nb": "Den vanskelige samtalen blir lettere når den gode samtalen har vært der først. Det er de ansatte som tar initiativet."
      },
      "cards": [
        {
          "id": "only-bad-news",
          "title": {
            "nb": "Bare når noe er galt"
          },
          "statement": {
            "text": {
              "nb": "“Når de ansatte sier ‘har du et øyeblikk?’, får jeg vondt i magen.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Hvor ofte forteller vi foreldre om det som går bra?"
              }
            },
            {
              "id": "q2",
              "text": {
                "nb": "Hvordan forbereder vi en samtale når vi er bekymret for et barn?"
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
            "nb": "Den daglige praten"
          },
          "statement": {
            "text": {
              "nb": "“Vi rekker aldri å snakke sammen – alle har det travelt ved henting.”"
            },
            "saidBy": "both"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "nb": "Hvilke andre veier enn garderoben har vi til dialog med foreldrene?"
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
