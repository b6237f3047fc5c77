// Generated from packages/content/examples/perspective-session.da.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'perspective-session'> = {
  "schema": "sammen.perspective-session/v1",
  "id": "sammen-worked-case-mornings-da",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "readOnly": true,
  "title": "A. (4 år) er blevet stille om morgenen",
  "description": "Siden efterårsferien græder A. ved afleveringen og sidder for sig selv det første stykke tid. Far afleverer nu oftest alene og har travlt. Vi har ikke talt med forældrene om det endnu.",
  "perspectives": {
    "child": {
      "answers": {
        "experiences": "Morgenen går stærkt. Far går, før A. er klar, og der er mange børn i garderoben.",
        "thoughts": "Måske: “Kommer far tilbage?” og “Hvem skal jeg lege med?”",
        "feelings": "Utryg og alene. Måske også træt.",
        "needs": "En voksen der tager imod hende hver morgen, og en fast lille opgave i starten af dagen.",
        "observations": "Hun kigger efter en bestemt voksen og falder til ro, når hun får lov at hjælpe med at dække bord."
      }
    },
    "parents": {
      "answers": {
        "experiences": "Far har fået nyt arbejde med tidligt mødetidspunkt. Mor er på barsel med lillebror.",
        "thoughts": "Måske: “Det går nok over” eller “Gør vi noget forkert?”",
        "feelings": "Dårlig samvittighed og stress om morgenen.",
        "needs": "At høre hvordan resten af dagen går, og en aftale der passer med arbejdet.",
        "observations": "Far siger farvel hurtigt og undgår øjenkontakt med personalet."
      }
    },
    "professionals": {
      "answers": {
        "experiences": "Morgenen er travl for os også; vi er ofte kun to på stuen.",
        "thoughts": "Vi er bekymrede, men usikre på om vi skal tage det op nu.",
        "feelings": "Vi kan blive irriterede, når afleveringen trækker ud – det vil vi gerne være ærlige om.",
        "needs": "En fælles plan for morgenen og et roligt tidspunkt at tale med forældrene.",
        "observations": "Når én voksen tager imod A. ved døren, er hun glad igen efter ti minutter."
      }
    }
  },
  "sharedUnderstanding": "A. har brug for en forudsigelig start på dagen i en periode med forandringer derhjemme. Forældrene og vi vil det samme: at hun får det godt om morgenen.",
  "nextSteps": [
    {
      "id": "step-1",
      "text": "Invitere forældrene til en kort samtale",
      "who": "Stuepædagog",
      "due": "2026-12-04",
      "done": true
    },
    {
      "id": "step-2",
      "text": "Aftale én fast voksen, der tager imod A. om morgenen",
      "who": "Personalet på stuen",
      "due": "2026-12-07",
      "done": false
    },
    {
      "id": "step-3",
      "text": "Følge op sammen med forældrene efter tre uger",
      "who": "Stuepædagog og forældre",
      "due": "2027-01-08",
      "done": false
    }
  ]
};

export default example;
