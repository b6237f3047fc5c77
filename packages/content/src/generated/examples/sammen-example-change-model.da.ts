// Generated from packages/content/examples/change-model.da.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'change-model'> = {
  "schema": "sammen.change-model/v2",
  "id": "sammen-example-change-model",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "title": {
    "da": "Stærkere sammen om de yngste"
  },
  "targetGroup": {
    "da": "Børn på 0–6 år i kommunens dagtilbud og deres familier – især der, hvor bekymringen endnu er lille."
  },
  "columns": [
    {
      "id": "activities",
      "kind": "activities",
      "title": {
        "da": "Aktiviteter"
      },
      "items": [
        {
          "id": "counselling",
          "title": {
            "da": "Åben tværfaglig rådgivning i dagtilbuddet"
          },
          "description": {
            "da": "Sundhedsplejerske, psykolog, fysioterapeut og tale-sprogkonsulent holder åben rådgivning i børnehuset hver anden uge. Forældre og personale kan komme uden henvisning."
          },
          "aims": [
            {
              "da": "Forældre og personale får sparring, før en bekymring vokser sig stor."
            },
            {
              "da": "Fagfolkene bliver kendte ansigter i hverdagen."
            },
            {
              "da": "Pædagogerne bliver mere sikre i at tale med forældre om bekymringer."
            }
          ],
          "bullets": [
            {
              "da": "Hver anden uge, to timer ad gangen"
            },
            {
              "da": "Ingen henvisning og ingen journal ved første samtale"
            },
            {
              "da": "Fagfolkene kan observere i børnegruppen, når forældrene ønsker det"
            }
          ],
          "targetGroup": {
            "da": "Forældre til børn på 0–6 år og personalet i dagtilbuddet"
          },
          "assumptions": {
            "da": "Forældrene oplever børnehuset som et trygt sted at stille spørgsmål."
          }
        },
        {
          "id": "family-groups",
          "title": {
            "da": "Familiegrupper i dagtilbuddet"
          },
          "description": {
            "da": "Seks til otte familier mødes i børnehuset seks gange over et halvt år sammen med to faste pædagoger og sundhedsplejersken. Vi spiser sammen, børnene leger, og de voksne taler om hverdagen med små børn."
          },
          "aims": [
            {
              "da": "Forældre lærer hinanden at kende på tværs af baggrund."
            },
            {
              "da": "Forældre får konkrete redskaber til søvn, mad, grænser og leg."
            },
            {
              "da": "Børn, der står uden for fællesskabet, får legekammerater – også efter lukketid."
            }
          ],
          "targetGroup": {
            "da": "Familier, som personalet oplever som isolerede eller usikre i forældrerollen"
          },
          "assumptions": {
            "da": "Familierne kan komme sidst på eftermiddagen, og der er mad og pasning af søskende."
          }
        }
      ]
    },
    {
      "id": "short-term",
      "kind": "short-term-results",
      "title": {
        "da": "Kortsigtede resultater"
      },
      "items": [
        {
          "id": "advice-earlier",
          "title": {
            "da": "Forældre søger råd tidligere"
          },
          "indicators": [
            {
              "id": "ind-advice",
              "name": {
                "da": "Samtaler i den åbne rådgivning pr. halvår"
              },
              "dataSource": {
                "da": "Rådgivningens logbog"
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
            "da": "Pædagogerne drøfter bekymringer med fagfolk i tide"
          },
          "indicators": [
            {
              "id": "ind-concerns",
              "name": {
                "da": "Bekymringer drøftet med en fagperson inden for 14 dage"
              },
              "dataSource": {
                "da": "Dagtilbuddets registrering"
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
            "da": "Forældre og pædagoger taler om barnets trivsel med de samme ord"
          }
        },
        {
          "id": "parents-know-each-other",
          "title": {
            "da": "Forældrene i gruppen kender hinanden"
          },
          "indicators": [
            {
              "id": "ind-know",
              "name": {
                "da": "Forældre, der kender mindst to andre familier i gruppen"
              },
              "dataSource": {
                "da": "Spørgeskema ved sidste gruppemøde"
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
            "da": "Forældre føler sig mere sikre i hverdagen med barnet"
          }
        },
        {
          "id": "children-play",
          "title": {
            "da": "Børnene leger sammen på tværs af familierne"
          }
        }
      ]
    },
    {
      "id": "medium-term",
      "kind": "medium-term-effects",
      "title": {
        "da": "Mellemlangsigtede virkninger"
      },
      "items": [
        {
          "id": "wellbeing",
          "title": {
            "da": "Flere børn trives – det viser trivselsskemaerne"
          },
          "indicators": [
            {
              "id": "ind-wellbeing",
              "name": {
                "da": "Børn med god trivsel"
              },
              "dataSource": {
                "da": "Trivselsskemaer, to gange om året"
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
            "da": "Børn er kun kort tid i gul position"
          },
          "description": {
            "da": "Gul position i trafiklysmodellen: der er en bekymring, og vi holder øje."
          },
          "indicators": [
            {
              "id": "ind-yellow",
              "name": {
                "da": "Gennemsnitlig tid i gul position, i måneder"
              },
              "dataSource": {
                "da": "Trafiklysmodellen i dagtilbuddet"
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
            "da": "Flere sårbare børn er en del af børnefællesskabet"
          },
          "description": {
            "da": "Fx vist ved kortlægning af børnenes relationer."
          },
          "indicators": [
            {
              "id": "ind-included",
              "name": {
                "da": "Børn uden en gensidig legerelation"
              },
              "dataSource": {
                "da": "Relationskortlægning forår og efterår"
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
            "da": "Forældre og dagtilbud samarbejder som partnere"
          }
        }
      ]
    },
    {
      "id": "long-term",
      "kind": "long-term-effects",
      "title": {
        "da": "Langsigtede virkninger"
      },
      "items": [
        {
          "id": "social-heritage",
          "title": {
            "da": "Dagtilbuddet viderefører ikke negativ social arv"
          }
        },
        {
          "id": "ready-for-school",
          "title": {
            "da": "Børn begynder i skole med lyst og mod på at lære"
          }
        },
        {
          "id": "fewer-measures",
          "title": {
            "da": "Færre familier får brug for indgribende foranstaltninger"
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
        "da": "Fagfolkene sidder i huset, hvor forældrene alligevel kommer. Uden ventetid og henvisning spørger forældre, mens bekymringen stadig er lille."
      },
      "assumptions": {
        "da": "Forældrene ved, at rådgivningen findes, og at den er uforpligtende."
      },
      "evidence": {
        "da": "Vores forsøg i to børnehuse i 2025 gav flere og tidligere henvendelser."
      }
    },
    {
      "id": "counselling->concerns-shared",
      "from": "counselling",
      "to": "concerns-shared",
      "rationale": {
        "da": "Pædagogerne kan tage en bekymring med til rådgivningen samme uge i stedet for at vente på et møde."
      }
    },
    {
      "id": "counselling->shared-language",
      "from": "counselling",
      "to": "shared-language",
      "rationale": {
        "da": "Når forældre og pædagoger taler med de samme fagfolk, får de de samme ord for barnets udvikling."
      }
    },
    {
      "id": "family-groups->parents-know-each-other",
      "from": "family-groups",
      "to": "parents-know-each-other",
      "rationale": {
        "da": "Familierne mødes seks gange og spiser sammen. Der er tid til at snakke, og sådan opstår bekendtskaber."
      },
      "evidence": {
        "da": "Deltagerne i forsøgsgrupperne nævnte fællesspisningen som det vigtigste."
      }
    },
    {
      "id": "family-groups->confident-parents",
      "from": "family-groups",
      "to": "confident-parents",
      "rationale": {
        "da": "Forældrene deler erfaringer og får konkrete råd om søvn, mad og grænser fra sundhedsplejersken."
      }
    },
    {
      "id": "family-groups->children-play",
      "from": "family-groups",
      "to": "children-play",
      "rationale": {
        "da": "Børnene leger sammen, mens de voksne er der, og familierne laver legeaftaler bagefter."
      },
      "assumptions": {
        "da": "Familierne bor så tæt på hinanden, at de kan ses uden for børnehuset."
      }
    },
    {
      "id": "advice-earlier->wellbeing",
      "from": "advice-earlier",
      "to": "wellbeing",
      "rationale": {
        "da": "Hjælp i tide løser små problemer, før de går ud over barnets trivsel."
      }
    },
    {
      "id": "advice-earlier->yellow-briefly",
      "from": "advice-earlier",
      "to": "yellow-briefly",
      "rationale": {
        "da": "Forældre, der får råd tidligt, kan gøre noget, mens barnet er i gul position."
      }
    },
    {
      "id": "concerns-shared->yellow-briefly",
      "from": "concerns-shared",
      "to": "yellow-briefly",
      "rationale": {
        "da": "Når en bekymring drøftes hurtigt, kommer indsatsen tidligere i gang, og barnet bliver ikke hængende i gul position."
      },
      "assumptions": {
        "da": "Der er tid i personalegruppen til at følge op på det, der bliver aftalt."
      },
      "evidence": {
        "da": "Kommunens egen gennemgang i 2024 viste lang ventetid før den første drøftelse."
      }
    },
    {
      "id": "shared-language->partnership",
      "from": "shared-language",
      "to": "partnership",
      "rationale": {
        "da": "Et fælles sprog gør det lettere at tale om bekymringer, uden at nogen føler sig anklaget."
      }
    },
    {
      "id": "parents-know-each-other->children-included",
      "from": "parents-know-each-other",
      "to": "children-included",
      "rationale": {
        "da": "Når forældrene kender hinanden, inviterer de hinandens børn hjem, og børnene får venner."
      }
    },
    {
      "id": "confident-parents->wellbeing",
      "from": "confident-parents",
      "to": "wellbeing",
      "rationale": {
        "da": "Forældre, der føler sig sikre, giver barnet ro og forudsigelighed derhjemme."
      }
    },
    {
      "id": "confident-parents->partnership",
      "from": "confident-parents",
      "to": "partnership",
      "rationale": {
        "da": "Forældre, der føler sig kompetente, går lettere i dialog med personalet."
      }
    },
    {
      "id": "children-play->children-included",
      "from": "children-play",
      "to": "children-included",
      "rationale": {
        "da": "Legerelationer fra familiegruppen tager børnene med ind i børnegruppen."
      },
      "evidence": {
        "da": "Relationskortlægningen i forsøgsbørnehusene viste flere gensidige relationer efter forløbet."
      }
    },
    {
      "id": "wellbeing->ready-for-school",
      "from": "wellbeing",
      "to": "ready-for-school",
      "rationale": {
        "da": "Børn, der trives, har overskud til at lære og tage nye skridt."
      }
    },
    {
      "id": "yellow-briefly->social-heritage",
      "from": "yellow-briefly",
      "to": "social-heritage",
      "rationale": {
        "da": "Korte forløb i gul position betyder, at færre problemer når at vokse sig store og følge barnet."
      }
    },
    {
      "id": "yellow-briefly->fewer-measures",
      "from": "yellow-briefly",
      "to": "fewer-measures",
      "rationale": {
        "da": "Når bekymringer bliver løst tidligt, er der sjældnere brug for en underretning."
      }
    },
    {
      "id": "children-included->social-heritage",
      "from": "children-included",
      "to": "social-heritage",
      "rationale": {
        "da": "Børn, der er en del af fællesskabet, får de samme muligheder for leg og læring som de andre."
      }
    },
    {
      "id": "children-included->ready-for-school",
      "from": "children-included",
      "to": "ready-for-school",
      "rationale": {
        "da": "Venskaber giver mod på nye fællesskaber, også i skolen."
      }
    },
    {
      "id": "partnership->fewer-measures",
      "from": "partnership",
      "to": "fewer-measures",
      "rationale": {
        "da": "Når forældre og dagtilbud arbejder sammen, kan flere bekymringer løses i hverdagen."
      },
      "assumptions": {
        "da": "Samarbejdet bygger på tillid, ikke på kontrol."
      }
    },
    {
      "id": "partnership->advice-earlier",
      "from": "partnership",
      "to": "advice-earlier",
      "rationale": {
        "da": "Tillid smitter: forældre, der oplever et godt samarbejde, spørger tidligere næste gang – og fortæller andre forældre om rådgivningen."
      }
    }
  ]
};

export default example;
