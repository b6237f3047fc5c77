// Generated from packages/content/examples/change-model.nb.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'change-model'> = {
  "schema": "sammen.change-model/v2",
  "id": "sammen-example-change-model",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "title": {
    "nb": "Sterkere sammen om de minste"
  },
  "targetGroup": {
    "nb": "Barn på 0–6 år i kommunens barnehager og familiene deres – særlig der bekymringen ennå er liten."
  },
  "columns": [
    {
      "id": "activities",
      "kind": "activities",
      "title": {
        "nb": "Aktiviteter"
      },
      "items": [
        {
          "id": "counselling",
          "title": {
            "nb": "Åpen tverrfaglig veiledning i barnehagen"
          },
          "description": {
            "nb": "Helsesykepleier, psykolog, fysioterapeut og logoped har åpen veiledning i barnehagen annenhver uke. Foreldre og ansatte kan komme uten henvisning."
          },
          "aims": [
            {
              "nb": "Foreldre og ansatte får råd før en bekymring vokser seg stor."
            },
            {
              "nb": "Fagfolkene blir kjente fjes i hverdagen."
            },
            {
              "nb": "De ansatte blir tryggere på å snakke med foreldre om bekymringer."
            }
          ],
          "bullets": [
            {
              "nb": "Annenhver uke, to timer om gangen"
            },
            {
              "nb": "Ingen henvisning og ingen journal ved første samtale"
            },
            {
              "nb": "Fagfolkene kan observere i barnegruppen når foreldrene ønsker det"
            }
          ],
          "targetGroup": {
            "nb": "Foreldre til barn på 0–6 år og de ansatte i barnehagen"
          },
          "assumptions": {
            "nb": "Foreldrene opplever barnehagen som et trygt sted å stille spørsmål."
          }
        },
        {
          "id": "family-groups",
          "title": {
            "nb": "Familiegrupper i barnehagen"
          },
          "description": {
            "nb": "Seks til åtte familier møtes i barnehagen seks ganger i løpet av et halvår sammen med to faste ansatte og helsesykepleieren. Vi spiser sammen, barna leker, og de voksne snakker om hverdagen med små barn."
          },
          "aims": [
            {
              "nb": "Foreldre blir kjent med hverandre på tvers av bakgrunn."
            },
            {
              "nb": "Foreldre får konkrete verktøy for søvn, mat, grenser og lek."
            },
            {
              "nb": "Barn som står utenfor fellesskapet, får lekekamerater – også etter stengetid."
            }
          ],
          "targetGroup": {
            "nb": "Familier som de ansatte opplever som isolerte eller usikre i foreldrerollen"
          },
          "assumptions": {
            "nb": "Familiene kan komme sent på ettermiddagen, og det er mat og pass av søsken."
          }
        }
      ]
    },
    {
      "id": "short-term",
      "kind": "short-term-results",
      "title": {
        "nb": "Kortsiktige resultater"
      },
      "items": [
        {
          "id": "advice-earlier",
          "title": {
            "nb": "Foreldre søker råd tidligere"
          },
          "indicators": [
            {
              "id": "ind-advice",
              "name": {
                "nb": "Samtaler i den åpne veiledningen per halvår"
              },
              "dataSource": {
                "nb": "Veiledningens loggbok"
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
            "nb": "De ansatte drøfter bekymringer med fagfolk i tide"
          },
          "indicators": [
            {
              "id": "ind-concerns",
              "name": {
                "nb": "Bekymringer drøftet med en fagperson innen 14 dager"
              },
              "dataSource": {
                "nb": "Barnehagens registrering"
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
            "nb": "Foreldre og ansatte snakker om barnets trivsel med de samme ordene"
          }
        },
        {
          "id": "parents-know-each-other",
          "title": {
            "nb": "Foreldrene i gruppen kjenner hverandre"
          },
          "indicators": [
            {
              "id": "ind-know",
              "name": {
                "nb": "Foreldre som kjenner minst to andre familier i gruppen"
              },
              "dataSource": {
                "nb": "Spørreskjema ved siste gruppemøte"
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
            "nb": "Foreldre føler seg tryggere i hverdagen med barnet"
          }
        },
        {
          "id": "children-play",
          "title": {
            "nb": "Barna leker sammen på tvers av familiene"
          }
        }
      ]
    },
    {
      "id": "medium-term",
      "kind": "medium-term-effects",
      "title": {
        "nb": "Virkninger på mellomlang sikt"
      },
      "items": [
        {
          "id": "wellbeing",
          "title": {
            "nb": "Flere barn trives – det viser trivselsskjemaene"
          },
          "indicators": [
            {
              "id": "ind-wellbeing",
              "name": {
                "nb": "Barn med god trivsel"
              },
              "dataSource": {
                "nb": "Trivselsskjemaer, to ganger i året"
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
            "nb": "Barn er bare kort tid på gult nivå"
          },
          "description": {
            "nb": "Gult nivå i trafikklysmodellen: det er en bekymring, og vi følger med."
          },
          "indicators": [
            {
              "id": "ind-yellow",
              "name": {
                "nb": "Gjennomsnittlig tid på gult nivå, i måneder"
              },
              "dataSource": {
                "nb": "Trafikklysmodellen i barnehagen"
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
            "nb": "Flere sårbare barn er en del av barnefellesskapet"
          },
          "description": {
            "nb": "For eksempel vist ved kartlegging av barnas relasjoner."
          },
          "indicators": [
            {
              "id": "ind-included",
              "name": {
                "nb": "Barn uten en gjensidig lekerelasjon"
              },
              "dataSource": {
                "nb": "Relasjonskartlegging vår og høst"
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
            "nb": "Foreldre og barnehage samarbeider som partnere"
          }
        }
      ]
    },
    {
      "id": "long-term",
      "kind": "long-term-effects",
      "title": {
        "nb": "Langsiktige virkninger"
      },
      "items": [
        {
          "id": "social-heritage",
          "title": {
            "nb": "Barnehagen fører ikke negativ sosial arv videre"
          }
        },
        {
          "id": "ready-for-school",
          "title": {
            "nb": "Barn begynner på skolen med lyst og mot til å lære"
          }
        },
        {
          "id": "fewer-measures",
          "title": {
            "nb": "Færre familier trenger inngripende tiltak"
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
        "nb": "Fagfolkene sitter i huset der foreldrene uansett kommer. Uten ventetid og henvisning spør foreldre mens bekymringen fortsatt er liten."
      },
      "assumptions": {
        "nb": "Foreldrene vet at veiledningen finnes, og at den er uforpliktende."
      },
      "evidence": {
        "nb": "Forsøket vårt i to barnehager i 2025 ga flere og tidligere henvendelser."
      }
    },
    {
      "id": "counselling->concerns-shared",
      "from": "counselling",
      "to": "concerns-shared",
      "rationale": {
        "nb": "De ansatte kan ta med seg en bekymring til veiledningen samme uke i stedet for å vente på et møte."
      }
    },
    {
      "id": "counselling->shared-language",
      "from": "counselling",
      "to": "shared-language",
      "rationale": {
        "nb": "Når foreldre og ansatte snakker med de samme fagfolkene, får de de samme ordene for barnets utvikling."
      }
    },
    {
      "id": "family-groups->parents-know-each-other",
      "from": "family-groups",
      "to": "parents-know-each-other",
      "rationale": {
        "nb": "Familiene møtes seks ganger og spiser sammen. Det er tid til å prate, og slik blir folk kjent."
      },
      "evidence": {
        "nb": "Deltakerne i forsøksgruppene trakk fram fellesmåltidet som det viktigste."
      }
    },
    {
      "id": "family-groups->confident-parents",
      "from": "family-groups",
      "to": "confident-parents",
      "rationale": {
        "nb": "Foreldrene deler erfaringer og får konkrete råd om søvn, mat og grenser fra helsesykepleieren."
      }
    },
    {
      "id": "family-groups->children-play",
      "from": "family-groups",
      "to": "children-play",
      "rationale": {
        "nb": "Barna leker sammen mens de voksne er til stede, og familiene avtaler lek etterpå."
      },
      "assumptions": {
        "nb": "Familiene bor så nær hverandre at de kan treffes utenfor barnehagen."
      }
    },
    {
      "id": "advice-earlier->wellbeing",
      "from": "advice-earlier",
      "to": "wellbeing",
      "rationale": {
        "nb": "Hjelp i tide løser små problemer før de går ut over barnets trivsel."
      }
    },
    {
      "id": "advice-earlier->yellow-briefly",
      "from": "advice-earlier",
      "to": "yellow-briefly",
      "rationale": {
        "nb": "Foreldre som får råd tidlig, kan gjøre noe mens barnet er på gult nivå."
      }
    },
    {
      "id": "concerns-shared->yellow-briefly",
      "from": "concerns-shared",
      "to": "yellow-briefly",
      "rationale": {
        "nb": "Når en bekymring drøftes raskt, kommer tiltaket tidligere i gang, og barnet blir ikke værende på gult nivå."
      },
      "assumptions": {
        "nb": "Personalet har tid til å følge opp det som blir avtalt."
      },
      "evidence": {
        "nb": "Kommunens egen gjennomgang i 2024 viste lang ventetid før den første drøftingen."
      }
    },
    {
      "id": "shared-language->partnership",
      "from": "shared-language",
      "to": "partnership",
      "rationale": {
        "nb": "Et felles språk gjør det lettere å snakke om bekymringer uten at noen føler seg anklaget."
      }
    },
    {
      "id": "parents-know-each-other->children-included",
      "from": "parents-know-each-other",
      "to": "children-included",
      "rationale": {
        "nb": "Når foreldrene kjenner hverandre, inviterer de hverandres barn hjem, og barna får venner."
      }
    },
    {
      "id": "confident-parents->wellbeing",
      "from": "confident-parents",
      "to": "wellbeing",
      "rationale": {
        "nb": "Foreldre som føler seg trygge, gir barnet ro og forutsigbarhet hjemme."
      }
    },
    {
      "id": "confident-parents->partnership",
      "from": "confident-parents",
      "to": "partnership",
      "rationale": {
        "nb": "Foreldre som føler seg kompetente, går lettere i dialog med de ansatte."
      }
    },
    {
      "id": "children-play->children-included",
      "from": "children-play",
      "to": "children-included",
      "rationale": {
        "nb": "Lekerelasjoner fra familiegruppen tar barna med seg inn i barnegruppen."
      },
      "evidence": {
        "nb": "Relasjonskartleggingen i forsøksbarnehagene viste flere gjensidige relasjoner etter forløpet."
      }
    },
    {
      "id": "wellbeing->ready-for-school",
      "from": "wellbeing",
      "to": "ready-for-school",
      "rationale": {
        "nb": "Barn som trives, har overskudd til å lære og ta nye steg."
      }
    },
    {
      "id": "yellow-briefly->social-heritage",
      "from": "yellow-briefly",
      "to": "social-heritage",
      "rationale": {
        "nb": "Korte perioder på gult nivå betyr at færre problemer rekker å vokse seg store og følge barnet."
      }
    },
    {
      "id": "yellow-briefly->fewer-measures",
      "from": "yellow-briefly",
      "to": "fewer-measures",
      "rationale": {
        "nb": "Når bekymringer løses tidlig, er det sjeldnere behov for en bekymringsmelding."
      }
    },
    {
      "id": "children-included->social-heritage",
      "from": "children-included",
      "to": "social-heritage",
      "rationale": {
        "nb": "Barn som er en del av fellesskapet, får de samme mulighetene for lek og læring som de andre."
      }
    },
    {
      "id": "children-included->ready-for-school",
      "from": "children-included",
      "to": "ready-for-school",
      "rationale": {
        "nb": "Vennskap gir mot til nye fellesskap, også på skolen."
      }
    },
    {
      "id": "partnership->fewer-measures",
      "from": "partnership",
      "to": "fewer-measures",
      "rationale": {
        "nb": "Når foreldre og barnehage jobber sammen, kan flere bekymringer løses i hverdagen."
      },
      "assumptions": {
        "nb": "Samarbeidet bygger på tillit, ikke på kontroll."
      }
    },
    {
      "id": "partnership->advice-earlier",
      "from": "partnership",
      "to": "advice-earlier",
      "rationale": {
        "nb": "Tillit smitter: foreldre som opplever et godt samarbeid, spør tidligere neste gang – og forteller andre foreldre om veiledningen."
      }
    }
  ]
};

export default example;
