// Generated from packages/content/examples/change-model.da.json, packages/content/examples/change-model.nb.json, packages/content/examples/change-model.en.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'change-model'> = {
  "schema": "sammen.change-model/v2",
  "id": "sammen-example-change-model",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "title": {
    "da": "Stærkere sammen om de yngste",
    "nb": "Sterkere sammen om de minste",
    "en": "Stronger together for the youngest"
  },
  "targetGroup": {
    "da": "Børn på 0–6 år i kommunens dagtilbud og deres familier – især der, hvor bekymringen endnu er lille.",
    "nb": "Barn på 0–6 år i kommunens barnehager og familiene deres – særlig der bekymringen ennå er liten.",
    "en": "Children aged 0–6 in the municipality’s daycare and their families – above all where a concern is still small."
  },
  "columns": [
    {
      "id": "activities",
      "kind": "activities",
      "title": {
        "da": "Aktiviteter",
        "nb": "Aktiviteter",
        "en": "Activities"
      },
      "items": [
        {
          "id": "counselling",
          "title": {
            "da": "Åben tværfaglig rådgivning i dagtilbuddet",
            "nb": "Åpen tverrfaglig veiledning i barnehagen",
            "en": "Open interdisciplinary counselling in daycare"
          },
          "description": {
            "da": "Sundhedsplejerske, psykolog, fysioterapeut og tale-sprogkonsulent holder åben rådgivning i børnehuset hver anden uge. Forældre og personale kan komme uden henvisning.",
            "nb": "Helsesykepleier, psykolog, fysioterapeut og logoped har åpen veiledning i barnehagen annenhver uke. Foreldre og ansatte kan komme uten henvisning.",
            "en": "A health visitor, a psychologist, a physiotherapist and a speech consultant hold open counselling in the daycare centre every other week. Parents and staff can drop in without a referral."
          },
          "aims": [
            {
              "da": "Forældre og personale får sparring, før en bekymring vokser sig stor.",
              "nb": "Foreldre og ansatte får råd før en bekymring vokser seg stor.",
              "en": "Parents and staff get advice before a concern grows."
            },
            {
              "da": "Fagfolkene bliver kendte ansigter i hverdagen.",
              "nb": "Fagfolkene blir kjente fjes i hverdagen.",
              "en": "The specialists become familiar faces in everyday life."
            },
            {
              "da": "Pædagogerne bliver mere sikre i at tale med forældre om bekymringer.",
              "nb": "De ansatte blir tryggere på å snakke med foreldre om bekymringer.",
              "en": "Staff grow more confident talking with parents about concerns."
            }
          ],
          "bullets": [
            {
              "da": "Hver anden uge, to timer ad gangen",
              "nb": "Annenhver uke, to timer om gangen",
              "en": "Every other week, two hours at a time"
            },
            {
              "da": "Ingen henvisning og ingen journal ved første samtale",
              "nb": "Ingen henvisning og ingen journal ved første samtale",
              "en": "No referral and no case file at the first talk"
            },
            {
              "da": "Fagfolkene kan observere i børnegruppen, når forældrene ønsker det",
              "nb": "Fagfolkene kan observere i barnegruppen når foreldrene ønsker det",
              "en": "The specialists can observe in the children’s group when parents ask"
            }
          ],
          "targetGroup": {
            "da": "Forældre til børn på 0–6 år og personalet i dagtilbuddet",
            "nb": "Foreldre til barn på 0–6 år og de ansatte i barnehagen",
            "en": "Parents of children aged 0–6 and the daycare staff"
          },
          "assumptions": {
            "da": "Forældrene oplever børnehuset som et trygt sted at stille spørgsmål.",
            "nb": "Foreldrene opplever barnehagen som et trygt sted å stille spørsmål.",
            "en": "Parents see the daycare centre as a safe place to ask."
          }
        },
        {
          "id": "family-groups",
          "title": {
            "da": "Familiegrupper i dagtilbuddet",
            "nb": "Familiegrupper i barnehagen",
            "en": "Family groups in daycare"
          },
          "description": {
            "da": "Seks til otte familier mødes i børnehuset seks gange over et halvt år sammen med to faste pædagoger og sundhedsplejersken. Vi spiser sammen, børnene leger, og de voksne taler om hverdagen med små børn.",
            "nb": "Seks til åtte familier møtes i barnehagen seks ganger i løpet av et halvår sammen med to faste ansatte og helsesykepleieren. Vi spiser sammen, barna leker, og de voksne snakker om hverdagen med små barn.",
            "en": "Six to eight families meet at the daycare centre six times over half a year with two regular staff members and the health visitor. We eat together, the children play, and the adults talk about everyday life with young children."
          },
          "aims": [
            {
              "da": "Forældre lærer hinanden at kende på tværs af baggrund.",
              "nb": "Foreldre blir kjent med hverandre på tvers av bakgrunn.",
              "en": "Parents get to know each other across backgrounds."
            },
            {
              "da": "Forældre får konkrete redskaber til søvn, mad, grænser og leg.",
              "nb": "Foreldre får konkrete verktøy for søvn, mat, grenser og lek.",
              "en": "Parents gain practical tools for sleep, food, boundaries and play."
            },
            {
              "da": "Børn, der står uden for fællesskabet, får legekammerater – også efter lukketid.",
              "nb": "Barn som står utenfor fellesskapet, får lekekamerater – også etter stengetid.",
              "en": "Children outside the community find playmates – after closing time too."
            }
          ],
          "targetGroup": {
            "da": "Familier, som personalet oplever som isolerede eller usikre i forældrerollen",
            "nb": "Familier som de ansatte opplever som isolerte eller usikre i foreldrerollen",
            "en": "Families the staff see as isolated or unsure in their role as parents"
          },
          "assumptions": {
            "da": "Familierne kan komme sidst på eftermiddagen, og der er mad og pasning af søskende.",
            "nb": "Familiene kan komme sent på ettermiddagen, og det er mat og pass av søsken.",
            "en": "Families can come late in the afternoon, and there is food and care for siblings."
          }
        }
      ]
    },
    {
      "id": "short-term",
      "kind": "short-term-results",
      "title": {
        "da": "Kortsigtede resultater",
        "nb": "Kortsiktige resultater",
        "en": "Short-term results"
      },
      "items": [
        {
          "id": "advice-earlier",
          "title": {
            "da": "Forældre søger råd tidligere",
            "nb": "Foreldre søker råd tidligere",
            "en": "Parents seek advice earlier"
          },
          "indicators": [
            {
              "id": "ind-advice",
              "name": {
                "da": "Samtaler i den åbne rådgivning",
                "nb": "Samtaler i den åpne veiledningen",
                "en": "Talks in the open counselling"
              },
              "dataSource": {
                "da": "Rådgivningens logbog",
                "nb": "Veiledningens loggbok",
                "en": "The counselling log"
              },
              "baseline": "12 pr. halvår",
              "target": "40 pr. halvår",
              "current": "31",
              "status": "on-track"
            }
          ]
        },
        {
          "id": "concerns-shared",
          "title": {
            "da": "Pædagogerne drøfter bekymringer med fagfolk i tide",
            "nb": "De ansatte drøfter bekymringer med fagfolk i tide",
            "en": "Staff discuss concerns with specialists in time"
          },
          "indicators": [
            {
              "id": "ind-concerns",
              "name": {
                "da": "Bekymringer drøftet med en fagperson inden for 14 dage",
                "nb": "Bekymringer drøftet med en fagperson innen 14 dager",
                "en": "Concerns discussed with a specialist within 14 days"
              },
              "dataSource": {
                "da": "Dagtilbuddets registrering",
                "nb": "Barnehagens registrering",
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
            "da": "Forældre og pædagoger taler om barnets trivsel med de samme ord",
            "nb": "Foreldre og ansatte snakker om barnets trivsel med de samme ordene",
            "en": "Parents and staff talk about the child’s well-being in the same words"
          }
        },
        {
          "id": "parents-know-each-other",
          "title": {
            "da": "Forældrene i gruppen kender hinanden",
            "nb": "Foreldrene i gruppen kjenner hverandre",
            "en": "Parents in the group know each other"
          },
          "indicators": [
            {
              "id": "ind-know",
              "name": {
                "da": "Forældre, der kender mindst to andre familier i gruppen",
                "nb": "Foreldre som kjenner minst to andre familier i gruppen",
                "en": "Parents who know at least two other families in the group"
              },
              "dataSource": {
                "da": "Spørgeskema ved sidste gruppemøde",
                "nb": "Spørreskjema ved siste gruppemøte",
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
            "da": "Forældre føler sig mere sikre i hverdagen med barnet",
            "nb": "Foreldre føler seg tryggere i hverdagen med barnet",
            "en": "Parents feel more confident in everyday life with their child"
          }
        },
        {
          "id": "children-play",
          "title": {
            "da": "Børnene leger sammen på tværs af familierne",
            "nb": "Barna leker sammen på tvers av familiene",
            "en": "Children play together across families"
          }
        }
      ]
    },
    {
      "id": "medium-term",
      "kind": "medium-term-effects",
      "title": {
        "da": "Mellemlangsigtede virkninger",
        "nb": "Virkninger på mellomlang sikt",
        "en": "Medium-term effects"
      },
      "items": [
        {
          "id": "wellbeing",
          "title": {
            "da": "Flere børn trives – det viser trivselsskemaerne",
            "nb": "Flere barn trives – det viser trivselsskjemaene",
            "en": "More children thrive – as the well-being forms show"
          },
          "indicators": [
            {
              "id": "ind-wellbeing",
              "name": {
                "da": "Børn med god trivsel",
                "nb": "Barn med god trivsel",
                "en": "Children with good well-being"
              },
              "dataSource": {
                "da": "Trivselsskemaer, to gange om året",
                "nb": "Trivselsskjemaer, to ganger i året",
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
            "da": "Børn er kun kort tid i gul position",
            "nb": "Barn er bare kort tid på gult nivå",
            "en": "Children spend only a short time in the yellow position"
          },
          "description": {
            "da": "Gul position i trafiklysmodellen: der er en bekymring, og vi holder øje.",
            "nb": "Gult nivå i trafikklysmodellen: det er en bekymring, og vi følger med.",
            "en": "Yellow in the traffic-light model: there is a concern and we keep watch."
          },
          "indicators": [
            {
              "id": "ind-yellow",
              "name": {
                "da": "Gennemsnitlig tid i gul position",
                "nb": "Gjennomsnittlig tid på gult nivå",
                "en": "Average time in the yellow position"
              },
              "dataSource": {
                "da": "Trafiklysmodellen i dagtilbuddet",
                "nb": "Trafikklysmodellen i barnehagen",
                "en": "The daycare’s traffic-light model"
              },
              "baseline": "7 måneder",
              "target": "3 måneder",
              "current": "8 måneder",
              "status": "off-track"
            }
          ]
        },
        {
          "id": "children-included",
          "title": {
            "da": "Flere sårbare børn er en del af børnefællesskabet",
            "nb": "Flere sårbare barn er en del av barnefellesskapet",
            "en": "More vulnerable children are part of the children’s community"
          },
          "description": {
            "da": "Fx vist ved kortlægning af børnenes relationer.",
            "nb": "For eksempel vist ved kartlegging av barnas relasjoner.",
            "en": "For example as shown by mapping the children’s relationships."
          },
          "indicators": [
            {
              "id": "ind-included",
              "name": {
                "da": "Børn uden en gensidig legerelation",
                "nb": "Barn uten en gjensidig lekerelasjon",
                "en": "Children without a mutual play relationship"
              },
              "dataSource": {
                "da": "Relationskortlægning forår og efterår",
                "nb": "Relasjonskartlegging vår og høst",
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
            "da": "Forældre og dagtilbud samarbejder som partnere",
            "nb": "Foreldre og barnehage samarbeider som partnere",
            "en": "Parents and daycare work together as partners"
          }
        }
      ]
    },
    {
      "id": "long-term",
      "kind": "long-term-effects",
      "title": {
        "da": "Langsigtede virkninger",
        "nb": "Langsiktige virkninger",
        "en": "Long-term effects"
      },
      "items": [
        {
          "id": "social-heritage",
          "title": {
            "da": "Dagtilbuddet viderefører ikke negativ social arv",
            "nb": "Barnehagen fører ikke negativ sosial arv videre",
            "en": "Daycare does not pass on negative social heritage"
          }
        },
        {
          "id": "ready-for-school",
          "title": {
            "da": "Børn begynder i skole med lyst og mod på at lære",
            "nb": "Barn begynner på skolen med lyst og mot til å lære",
            "en": "Children start school eager and ready to learn"
          }
        },
        {
          "id": "fewer-measures",
          "title": {
            "da": "Færre familier får brug for indgribende foranstaltninger",
            "nb": "Færre familier trenger inngripende tiltak",
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
        "da": "Fagfolkene sidder i huset, hvor forældrene alligevel kommer. Uden ventetid og henvisning spørger forældre, mens bekymringen stadig er lille.",
        "nb": "Fagfolkene sitter i huset der foreldrene uansett kommer. Uten ventetid og henvisning spør foreldre mens bekymringen fortsatt er liten.",
        "en": "The specialists sit in the building parents come to anyway. With no waiting and no referral, parents ask while the concern is still small."
      },
      "assumptions": {
        "da": "Forældrene ved, at rådgivningen findes, og at den er uforpligtende.",
        "nb": "Foreldrene vet at veiledningen finnes, og at den er uforpliktende.",
        "en": "Parents know the counselling exists and commits them to nothing."
      },
      "evidence": {
        "da": "Vores forsøg i to børnehuse i 2025 gav flere og tidligere henvendelser.",
        "nb": "Forsøket vårt i to barnehager i 2025 ga flere og tidligere henvendelser.",
        "en": "Our trial in two daycare centres in 2025 brought more and earlier requests."
      }
    },
    {
      "id": "counselling->concerns-shared",
      "from": "counselling",
      "to": "concerns-shared",
      "rationale": {
        "da": "Pædagogerne kan tage en bekymring med til rådgivningen samme uge i stedet for at vente på et møde.",
        "nb": "De ansatte kan ta med seg en bekymring til veiledningen samme uke i stedet for å vente på et møte.",
        "en": "Staff can bring a concern to the counselling the same week instead of waiting for a meeting."
      }
    },
    {
      "id": "counselling->shared-language",
      "from": "counselling",
      "to": "shared-language",
      "rationale": {
        "da": "Når forældre og pædagoger taler med de samme fagfolk, får de de samme ord for barnets udvikling.",
        "nb": "Når foreldre og ansatte snakker med de samme fagfolkene, får de de samme ordene for barnets utvikling.",
        "en": "When parents and staff talk with the same specialists, they share words for the child’s development."
      }
    },
    {
      "id": "family-groups->parents-know-each-other",
      "from": "family-groups",
      "to": "parents-know-each-other",
      "rationale": {
        "da": "Familierne mødes seks gange og spiser sammen. Der er tid til at snakke, og sådan opstår bekendtskaber.",
        "nb": "Familiene møtes seks ganger og spiser sammen. Det er tid til å prate, og slik blir folk kjent.",
        "en": "The families meet six times and eat together. There is time to talk, and that is how acquaintances start."
      },
      "evidence": {
        "da": "Deltagerne i forsøgsgrupperne nævnte fællesspisningen som det vigtigste.",
        "nb": "Deltakerne i forsøksgruppene trakk fram fellesmåltidet som det viktigste.",
        "en": "Participants in the trial groups named the shared meal as what mattered most."
      }
    },
    {
      "id": "family-groups->confident-parents",
      "from": "family-groups",
      "to": "confident-parents",
      "rationale": {
        "da": "Forældrene deler erfaringer og får konkrete råd om søvn, mad og grænser fra sundhedsplejersken.",
        "nb": "Foreldrene deler erfaringer og får konkrete råd om søvn, mat og grenser fra helsesykepleieren.",
        "en": "Parents share experiences and get practical advice on sleep, food and boundaries from the health visitor."
      }
    },
    {
      "id": "family-groups->children-play",
      "from": "family-groups",
      "to": "children-play",
      "rationale": {
        "da": "Børnene leger sammen, mens de voksne er der, og familierne laver legeaftaler bagefter.",
        "nb": "Barna leker sammen mens de voksne er til stede, og familiene avtaler lek etterpå.",
        "en": "The children play together with their parents nearby, and families arrange play dates afterwards."
      },
      "assumptions": {
        "da": "Familierne bor så tæt på hinanden, at de kan ses uden for børnehuset.",
        "nb": "Familiene bor så nær hverandre at de kan treffes utenfor barnehagen.",
        "en": "The families live close enough to meet outside the daycare centre."
      }
    },
    {
      "id": "advice-earlier->wellbeing",
      "from": "advice-earlier",
      "to": "wellbeing",
      "rationale": {
        "da": "Hjælp i tide løser små problemer, før de går ud over barnets trivsel.",
        "nb": "Hjelp i tide løser små problemer før de går ut over barnets trivsel.",
        "en": "Help in time solves small problems before they affect the child’s well-being."
      }
    },
    {
      "id": "advice-earlier->yellow-briefly",
      "from": "advice-earlier",
      "to": "yellow-briefly",
      "rationale": {
        "da": "Forældre, der får råd tidligt, kan gøre noget, mens barnet er i gul position.",
        "nb": "Foreldre som får råd tidlig, kan gjøre noe mens barnet er på gult nivå.",
        "en": "Parents who get advice early can act while the child is in the yellow position."
      }
    },
    {
      "id": "concerns-shared->yellow-briefly",
      "from": "concerns-shared",
      "to": "yellow-briefly",
      "rationale": {
        "da": "Når en bekymring drøftes hurtigt, kommer indsatsen tidligere i gang, og barnet bliver ikke hængende i gul position.",
        "nb": "Når en bekymring drøftes raskt, kommer tiltaket tidligere i gang, og barnet blir ikke værende på gult nivå.",
        "en": "When a concern is discussed quickly, help starts sooner and the child does not stay in the yellow position."
      },
      "assumptions": {
        "da": "Der er tid i personalegruppen til at følge op på det, der bliver aftalt.",
        "nb": "Personalet har tid til å følge opp det som blir avtalt.",
        "en": "Staff have time to follow up on what is agreed."
      },
      "evidence": {
        "da": "Kommunens egen gennemgang i 2024 viste lang ventetid før den første drøftelse.",
        "nb": "Kommunens egen gjennomgang i 2024 viste lang ventetid før den første drøftingen.",
        "en": "The municipality’s own review in 2024 found long waits before the first discussion."
      }
    },
    {
      "id": "shared-language->partnership",
      "from": "shared-language",
      "to": "partnership",
      "rationale": {
        "da": "Et fælles sprog gør det lettere at tale om bekymringer, uden at nogen føler sig anklaget.",
        "nb": "Et felles språk gjør det lettere å snakke om bekymringer uten at noen føler seg anklaget.",
        "en": "A shared language makes it easier to talk about concerns without anyone feeling accused."
      }
    },
    {
      "id": "parents-know-each-other->children-included",
      "from": "parents-know-each-other",
      "to": "children-included",
      "rationale": {
        "da": "Når forældrene kender hinanden, inviterer de hinandens børn hjem, og børnene får venner.",
        "nb": "Når foreldrene kjenner hverandre, inviterer de hverandres barn hjem, og barna får venner.",
        "en": "When parents know each other, they invite each other’s children home, and the children make friends."
      }
    },
    {
      "id": "confident-parents->wellbeing",
      "from": "confident-parents",
      "to": "wellbeing",
      "rationale": {
        "da": "Forældre, der føler sig sikre, giver barnet ro og forudsigelighed derhjemme.",
        "nb": "Foreldre som føler seg trygge, gir barnet ro og forutsigbarhet hjemme.",
        "en": "Confident parents give the child calm and predictability at home."
      }
    },
    {
      "id": "confident-parents->partnership",
      "from": "confident-parents",
      "to": "partnership",
      "rationale": {
        "da": "Forældre, der føler sig kompetente, går lettere i dialog med personalet.",
        "nb": "Foreldre som føler seg kompetente, går lettere i dialog med de ansatte.",
        "en": "Parents who feel capable find it easier to talk with the staff."
      }
    },
    {
      "id": "children-play->children-included",
      "from": "children-play",
      "to": "children-included",
      "rationale": {
        "da": "Legerelationer fra familiegruppen tager børnene med ind i børnegruppen.",
        "nb": "Lekerelasjoner fra familiegruppen tar barna med seg inn i barnegruppen.",
        "en": "Play relationships from the family group carry over into the children’s group."
      },
      "evidence": {
        "da": "Relationskortlægningen i forsøgsbørnehusene viste flere gensidige relationer efter forløbet.",
        "nb": "Relasjonskartleggingen i forsøksbarnehagene viste flere gjensidige relasjoner etter forløpet.",
        "en": "Relationship mapping in the trial centres showed more mutual relationships after the programme."
      }
    },
    {
      "id": "wellbeing->ready-for-school",
      "from": "wellbeing",
      "to": "ready-for-school",
      "rationale": {
        "da": "Børn, der trives, har overskud til at lære og tage nye skridt.",
        "nb": "Barn som trives, har overskudd til å lære og ta nye steg.",
        "en": "Children who thrive have the energy to learn and take new steps."
      }
    },
    {
      "id": "yellow-briefly->social-heritage",
      "from": "yellow-briefly",
      "to": "social-heritage",
      "rationale": {
        "da": "Korte forløb i gul position betyder, at færre problemer når at vokse sig store og følge barnet.",
        "nb": "Korte perioder på gult nivå betyr at færre problemer rekker å vokse seg store og følge barnet.",
        "en": "Short spells in the yellow position mean fewer problems grow large enough to follow the child."
      }
    },
    {
      "id": "yellow-briefly->fewer-measures",
      "from": "yellow-briefly",
      "to": "fewer-measures",
      "rationale": {
        "da": "Når bekymringer bliver løst tidligt, er der sjældnere brug for en underretning.",
        "nb": "Når bekymringer løses tidlig, er det sjeldnere behov for en bekymringsmelding.",
        "en": "When concerns are resolved early, a report of concern is needed less often."
      }
    },
    {
      "id": "children-included->social-heritage",
      "from": "children-included",
      "to": "social-heritage",
      "rationale": {
        "da": "Børn, der er en del af fællesskabet, får de samme muligheder for leg og læring som de andre.",
        "nb": "Barn som er en del av fellesskapet, får de samme mulighetene for lek og læring som de andre.",
        "en": "Children who belong get the same chances to play and learn as the others."
      }
    },
    {
      "id": "children-included->ready-for-school",
      "from": "children-included",
      "to": "ready-for-school",
      "rationale": {
        "da": "Venskaber giver mod på nye fællesskaber, også i skolen.",
        "nb": "Vennskap gir mot til nye fellesskap, også på skolen.",
        "en": "Friendships give children courage for new communities, at school too."
      }
    },
    {
      "id": "partnership->fewer-measures",
      "from": "partnership",
      "to": "fewer-measures",
      "rationale": {
        "da": "Når forældre og dagtilbud arbejder sammen, kan flere bekymringer løses i hverdagen.",
        "nb": "Når foreldre og barnehage jobber sammen, kan flere bekymringer løses i hverdagen.",
        "en": "When parents and daycare work together, more concerns can be solved in everyday life."
      },
      "assumptions": {
        "da": "Samarbejdet bygger på tillid, ikke på kontrol.",
        "nb": "Samarbeidet bygger på tillit, ikke på kontroll.",
        "en": "The collaboration rests on trust, not on control."
      }
    },
    {
      "id": "partnership->advice-earlier",
      "from": "partnership",
      "to": "advice-earlier",
      "rationale": {
        "da": "Tillid smitter: forældre, der oplever et godt samarbejde, spørger tidligere næste gang – og fortæller andre forældre om rådgivningen.",
        "nb": "Tillit smitter: foreldre som opplever et godt samarbeid, spør tidligere neste gang – og forteller andre foreldre om veiledningen.",
        "en": "Trust spreads: parents who find the collaboration good ask earlier next time – and tell other parents about the counselling."
      }
    }
  ]
};

export default example;
