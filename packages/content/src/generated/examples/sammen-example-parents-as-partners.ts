// Generated from packages/content/examples/reflection-deck.da.json, packages/content/examples/reflection-deck.nb.json, packages/content/examples/reflection-deck.en.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'reflection-deck'> = {
  "schema": "sammen.reflection-deck/v1",
  "id": "sammen-example-parents-as-partners",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "languages": [
    "da",
    "nb",
    "en"
  ],
  "title": {
    "da": "Forældre som partnere",
    "nb": "Foreldre som partnere",
    "en": "Parents as partners"
  },
  "intro": {
    "da": "Udsagn og refleksionsspørgsmål til personalemøder og forældremøder. Tag et kort, læs udsagnet højt, og tal om spørgsmålene.",
    "nb": "Utsagn og refleksjonsspørsmål til personalemøter og foreldremøter. Trekk et kort, les utsagnet høyt og snakk om spørsmålene.",
    "en": "Statements and reflection questions for staff meetings and parent meetings. Draw a card, read the statement aloud and talk about the questions."
  },
  "themes": [
    {
      "id": "communities",
      "number": 1,
      "title": {
        "da": "Vi skaber fællesskaber sammen",
        "nb": "Vi skaper fellesskap sammen",
        "en": "We build communities together"
      },
      "intro": {
        "da": "Når forældre kender hinanden, bliver det lettere for børnene at være en del af fællesskabet. Det pædagogiske personale kan bygge bro.",
        "nb": "Når foreldre kjenner hverandre, blir det lettere for barna å være en del av fellesskapet. De ansatte kan bygge bro.",
        "en": "When parents know each other, it is easier for the children to belong. Staff can build the bridges."
      },
      "cards": [
        {
          "id": "new-families",
          "title": {
            "da": "Nye familier",
            "nb": "Nye familier",
            "en": "New families"
          },
          "statement": {
            "text": {
              "da": "“Vi kender ikke rigtig de andre forældre – vi ser dem kun i garderoben.”",
              "nb": "“Vi kjenner egentlig ikke de andre foreldrene – vi ser dem bare i garderoben.”",
              "en": "“We don’t really know the other parents – we only see them in the cloakroom.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvordan tager vi imod en ny familie de første uger?",
                "nb": "Hvordan tar vi imot en ny familie de første ukene?",
                "en": "How do we welcome a new family in the first weeks?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvilke små anledninger kan vi skabe, hvor forældre møder hinanden?",
                "nb": "Hvilke små anledninger kan vi skape der foreldre møter hverandre?",
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
            "da": "Børn uden for fællesskabet",
            "nb": "Barn utenfor fellesskapet",
            "en": "Children outside the community"
          },
          "statement": {
            "text": {
              "da": "“Det er altid de samme børn, der bliver inviteret med hjem.”",
              "nb": "“Det er alltid de samme barna som blir invitert med hjem.”",
              "en": "“It is always the same children who get invited home.”"
            },
            "saidBy": "professionals"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvad ser vi, når vi kigger på legerelationerne i vores gruppe?",
                "nb": "Hva ser vi når vi ser på lekerelasjonene i gruppen vår?",
                "en": "What do we see when we look at the play relationships in our group?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvordan kan vi sammen med forældrene åbne fællesskabet?",
                "nb": "Hvordan kan vi sammen med foreldrene åpne fellesskapet?",
                "en": "How can we open the community together with the parents?"
              },
              "items": [
                {
                  "da": "i hverdagen",
                  "nb": "i hverdagen",
                  "en": "in everyday life"
                },
                {
                  "da": "til fødselsdage",
                  "nb": "i bursdager",
                  "en": "at birthday parties"
                },
                {
                  "da": "i fritiden",
                  "nb": "i fritiden",
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
            "da": "Forældrenetværk",
            "nb": "Foreldrenettverk",
            "en": "Parent networks"
          },
          "statement": {
            "text": {
              "da": "“Det var en anden forælder, der fortalte mig, hvordan det hele fungerer.”",
              "nb": "“Det var en annen forelder som fortalte meg hvordan alt fungerer.”",
              "en": "“It was another parent who told me how everything works.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvordan kan forældre hjælpe hinanden – og hvad er vores rolle?",
                "nb": "Hvordan kan foreldre hjelpe hverandre – og hva er vår rolle?",
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
        "da": "Forældres inddragelse og indflydelse",
        "nb": "Foreldres medvirkning og innflytelse",
        "en": "Parents’ involvement and influence"
      },
      "intro": {
        "da": "Forældre ved noget om deres barn, som ingen andre ved. Det er personalets opgave at spørge, lytte og bruge det.",
        "nb": "Foreldre vet noe om barnet sitt som ingen andre vet. Det er de ansattes oppgave å spørre, lytte og bruke det.",
        "en": "Parents know things about their child that nobody else knows. It is the staff’s task to ask, listen and use it."
      },
      "cards": [
        {
          "id": "asked-too-late",
          "title": {
            "da": "Spurgt for sent",
            "nb": "Spurt for sent",
            "en": "Asked too late"
          },
          "statement": {
            "text": {
              "da": "“Vi hørte først om det, da beslutningen var truffet.”",
              "nb": "“Vi hørte først om det da beslutningen var tatt.”",
              "en": "“We only heard about it when the decision had been made.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvornår inddrager vi forældre – og hvornår informerer vi bare?",
                "nb": "Når tar vi med foreldrene – og når bare informerer vi?",
                "en": "When do we involve parents – and when do we just inform them?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvor er det særligt vigtigt at spørge forældrene først?",
                "nb": "Hvor er det særlig viktig å spørre foreldrene først?",
                "en": "Where is it especially important to ask the parents first?"
              },
              "items": [
                {
                  "da": "når barnet er i vanskeligheder",
                  "nb": "når barnet strever",
                  "en": "when the child is having difficulties"
                },
                {
                  "da": "ved overgangen fra hjem til dagtilbud",
                  "nb": "ved overgangen fra hjem til barnehage",
                  "en": "at the transition from home to daycare"
                },
                {
                  "da": "ved overgangen fra dagtilbud til skole",
                  "nb": "ved overgangen fra barnehage til skole",
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
            "da": "Forældrenes viden",
            "nb": "Foreldrenes kunnskap",
            "en": "What parents know"
          },
          "statement": {
            "text": {
              "da": "“Hjemme er han slet ikke genert.”",
              "nb": "“Hjemme er han ikke sjenert i det hele tatt.”",
              "en": "“At home he isn’t shy at all.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvordan får vi forældrenes billede af barnet med, når vi planlægger?",
                "nb": "Hvordan får vi med foreldrenes bilde av barnet når vi planlegger?",
                "en": "How do we include the parents’ picture of the child when we plan?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvad gør vi, når vores billede og forældrenes billede er forskellige?",
                "nb": "Hva gjør vi når vårt bilde og foreldrenes bilde er forskjellige?",
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
        "da": "En fælles kultur",
        "nb": "En felles kultur",
        "en": "A shared culture"
      },
      "intro": {
        "da": "Forventninger, traditioner og vaner er forskellige fra familie til familie. En fælles kultur kommer ikke af sig selv – den skabes.",
        "nb": "Forventninger, tradisjoner og vaner er forskjellige fra familie til familie. En felles kultur kommer ikke av seg selv – den skapes.",
        "en": "Expectations, traditions and habits differ from family to family. A shared culture does not happen by itself – it is made."
      },
      "cards": [
        {
          "id": "unwritten-rules",
          "title": {
            "da": "De uskrevne regler",
            "nb": "De uskrevne reglene",
            "en": "The unwritten rules"
          },
          "statement": {
            "text": {
              "da": "“Alle andre lader til at vide, hvad man skal have med til en tur.”",
              "nb": "“Alle andre ser ut til å vite hva man skal ha med på tur.”",
              "en": "“Everybody else seems to know what to bring on a trip.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvilke uskrevne regler har vi, som nye familier ikke kan kende?",
                "nb": "Hvilke uskrevne regler har vi som nye familier ikke kan kjenne til?",
                "en": "Which unwritten rules do we have that new families cannot know?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvordan gør vi dem synlige uden at gøre nogen forkerte?",
                "nb": "Hvordan gjør vi dem synlige uten å få noen til å føle seg feil?",
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
            "da": "Forskellige forventninger",
            "nb": "Ulike forventninger",
            "en": "Different expectations"
          },
          "statement": {
            "text": {
              "da": "“Nogle forældre forventer, at vi opdrager – andre, at vi holder os væk.”",
              "nb": "“Noen foreldre forventer at vi oppdrar – andre at vi holder oss unna.”",
              "en": "“Some parents expect us to raise their child – others expect us to stay out of it.”"
            },
            "saidBy": "professionals"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvordan taler vi med forældre om, hvad vi hver især står for?",
                "nb": "Hvordan snakker vi med foreldre om hva vi hver for oss står for?",
                "en": "How do we talk with parents about what each of us is responsible for?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvad er vores fælles opgave for barnet?",
                "nb": "Hva er vår felles oppgave for barnet?",
                "en": "What is our shared task for the child?"
              }
            },
            {
              "id": "q3",
              "text": {
                "da": "Hvor går grænsen for, hvad vi blander os i?",
                "nb": "Hvor går grensen for hva vi blander oss i?",
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
        "da": "Kommunikation og dialog er nøglen",
        "nb": "Kommunikasjon og dialog er nøkkelen",
        "en": "Communication and dialogue are the key"
      },
      "intro": {
        "da": "Den svære samtale bliver lettere, når den gode samtale har været der først. Det er de professionelle, der tager initiativet.",
        "nb": "Den vanskelige samtalen blir lettere når den gode samtalen har vært der først. Det er de ansatte som tar initiativet.",
        "en": "The difficult conversation is easier when the good conversation came first. The professionals take the initiative."
      },
      "cards": [
        {
          "id": "only-bad-news",
          "title": {
            "da": "Kun når noget er galt",
            "nb": "Bare når noe er galt",
            "en": "Only when something is wrong"
          },
          "statement": {
            "text": {
              "da": "“Når pædagogen siger ‘har du lige et øjeblik?’, får jeg ondt i maven.”",
              "nb": "“Når de ansatte sier ‘har du et øyeblikk?’, får jeg vondt i magen.”",
              "en": "“When staff say ‘have you got a minute?’, my stomach tightens.”"
            },
            "saidBy": "parents"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvor tit fortæller vi forældre om det, der går godt?",
                "nb": "Hvor ofte forteller vi foreldre om det som går bra?",
                "en": "How often do we tell parents about what is going well?"
              }
            },
            {
              "id": "q2",
              "text": {
                "da": "Hvordan forbereder vi en samtale, når vi er bekymrede for et barn?",
                "nb": "Hvordan forbereder vi en samtale når vi er bekymret for et barn?",
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
            "da": "Den daglige snak",
            "nb": "Den daglige praten",
            "en": "The everyday talk"
          },
          "statement": {
            "text": {
              "da": "“Vi når aldrig at tale sammen – alle har travlt ved afhentning.”",
              "nb": "“Vi rekker aldri å snakke sammen – alle har det travelt ved henting.”",
              "en": "“We never get to talk – everybody is in a hurry at pick-up.”"
            },
            "saidBy": "both"
          },
          "questions": [
            {
              "id": "q1",
              "text": {
                "da": "Hvilke andre veje end garderoben har vi til dialog med forældrene?",
                "nb": "Hvilke andre veier enn garderoben har vi til dialog med foreldrene?",
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
