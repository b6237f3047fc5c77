// Generated from packages/content/examples/perspective-session.nb.json by `npm run examples`: do not edit.
import type { DocumentOfKind } from '@sammen/sdk';

const example: DocumentOfKind<'perspective-session'> = {
  "schema": "sammen.perspective-session/v1",
  "id": "sammen-worked-case-mornings-nb",
  "revision": 1,
  "updatedAt": "2026-11-22T00:00:00.000Z",
  "readOnly": true,
  "title": "A. (4 år) har blitt stille om morgenen",
  "description": "Siden høstferien har A. grått ved levering og sittet for seg selv den første stunden. Far leverer nå oftest alene og har dårlig tid. Vi har ikke snakket med foreldrene om det ennå.",
  "perspectives": {
    "child": {
      "answers": {
        "experiences": "Morgenen går fort. Far går før A. er klar, og det er mange barn i garderoben.",
        "thoughts": "Kanskje: «Kommer pappa tilbake?» og «Hvem skal jeg leke med?»",
        "feelings": "Utrygg og alene. Kanskje også sliten.",
        "needs": "En voksen som tar imot henne hver morgen, og en fast liten oppgave i starten av dagen.",
        "observations": "Hun ser etter en bestemt voksen og roer seg når hun får hjelpe til med å dekke bordet."
      }
    },
    "parents": {
      "answers": {
        "experiences": "Far har fått ny jobb med tidlig oppmøte. Mor er i foreldrepermisjon med lillebror.",
        "thoughts": "Kanskje: «Det går nok over» eller «Gjør vi noe feil?»",
        "feelings": "Dårlig samvittighet og stress om morgenen.",
        "needs": "Å høre hvordan resten av dagen går, og en avtale som passer med jobben.",
        "observations": "Far sier ha det fort og unngår blikkontakt med de ansatte."
      }
    },
    "professionals": {
      "answers": {
        "experiences": "Morgenen er travel for oss også; vi er ofte bare to på avdelingen.",
        "thoughts": "Vi er bekymret, men usikre på om vi skal ta det opp nå.",
        "feelings": "Vi kan bli irritert når leveringen trekker ut – det vil vi være ærlige om.",
        "needs": "En felles plan for morgenen og et rolig tidspunkt å snakke med foreldrene.",
        "observations": "Når én voksen tar imot A. i døra, er hun glad igjen etter ti minutter."
      }
    }
  },
  "sharedUnderstanding": "A. trenger en forutsigbar start på dagen i en periode med endringer hjemme. Foreldrene og vi vil det samme: at hun skal ha det godt om morgenen.",
  "nextSteps": [
    {
      "id": "step-1",
      "text": "Invitere foreldrene til en kort samtale",
      "who": "Pedagogisk leder",
      "due": "2026-12-04",
      "done": true
    },
    {
      "id": "step-2",
      "text": "Avtale én fast voksen som tar imot A. om morgenen",
      "who": "De ansatte på avdelingen",
      "due": "2026-12-07",
      "done": false
    },
    {
      "id": "step-3",
      "text": "Følge opp sammen med foreldrene etter tre uker",
      "who": "Pedagogisk leder og foreldre",
      "due": "2027-01-08",
      "done": false
    }
  ]
};

export default example;
