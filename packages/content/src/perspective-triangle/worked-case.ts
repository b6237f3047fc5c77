// Sammen's worked case for training with the perspective triangle: an invented situation (no
// real child or family), written by the Sammen team in Danish, Norwegian bokmål and English.
// Session texts are plain strings, so there is one document per language.
import type { PerspectiveSession } from '@sammen/sdk';

type Lang = 'da' | 'nb' | 'en';

interface CaseText {
  title: string;
  description: string;
  child: Record<'experiences' | 'thoughts' | 'feelings' | 'needs' | 'observations', string>;
  parents: Record<'experiences' | 'thoughts' | 'feelings' | 'needs' | 'observations', string>;
  professionals: Record<'experiences' | 'thoughts' | 'feelings' | 'needs' | 'observations', string>;
  shared: string;
  steps: [string, string, string][];
}

const TEXT: Record<Lang, CaseText> = {
  da: {
    title: 'A. (4 år) er blevet stille om morgenen',
    description:
      'Siden efterårsferien græder A. ved afleveringen og sidder for sig selv det første stykke tid. Far afleverer nu oftest alene og har travlt. Vi har ikke talt med forældrene om det endnu.',
    child: {
      experiences: 'Morgenen går stærkt. Far går, før A. er klar, og der er mange børn i garderoben.',
      thoughts: 'Måske: “Kommer far tilbage?” og “Hvem skal jeg lege med?”',
      feelings: 'Utryg og alene. Måske også træt.',
      needs: 'En voksen der tager imod hende hver morgen, og en fast lille opgave i starten af dagen.',
      observations: 'Hun kigger efter en bestemt voksen og falder til ro, når hun får lov at hjælpe med at dække bord.',
    },
    parents: {
      experiences: 'Far har fået nyt arbejde med tidligt mødetidspunkt. Mor er på barsel med lillebror.',
      thoughts: 'Måske: “Det går nok over” eller “Gør vi noget forkert?”',
      feelings: 'Dårlig samvittighed og stress om morgenen.',
      needs: 'At høre hvordan resten af dagen går, og en aftale der passer med arbejdet.',
      observations: 'Far siger farvel hurtigt og undgår øjenkontakt med personalet.',
    },
    professionals: {
      experiences: 'Morgenen er travl for os også; vi er ofte kun to på stuen.',
      thoughts: 'Vi er bekymrede, men usikre på om vi skal tage det op nu.',
      feelings: 'Vi kan blive irriterede, når afleveringen trækker ud – det vil vi gerne være ærlige om.',
      needs: 'En fælles plan for morgenen og et roligt tidspunkt at tale med forældrene.',
      observations: 'Når én voksen tager imod A. ved døren, er hun glad igen efter ti minutter.',
    },
    shared:
      'A. har brug for en forudsigelig start på dagen i en periode med forandringer derhjemme. Forældrene og vi vil det samme: at hun får det godt om morgenen.',
    steps: [
      ['Invitere forældrene til en kort samtale', 'Stuepædagog', '2026-12-04'],
      ['Aftale én fast voksen, der tager imod A. om morgenen', 'Personalet på stuen', '2026-12-07'],
      ['Følge op sammen med forældrene efter tre uger', 'Stuepædagog og forældre', '2027-01-08'],
    ],
  },
  nb: {
    title: 'A. (4 år) har blitt stille om morgenen',
    description:
      'Siden høstferien har A. grått ved levering og sittet for seg selv den første stunden. Far leverer nå oftest alene og har dårlig tid. Vi har ikke snakket med foreldrene om det ennå.',
    child: {
      experiences: 'Morgenen går fort. Far går før A. er klar, og det er mange barn i garderoben.',
      thoughts: 'Kanskje: «Kommer pappa tilbake?» og «Hvem skal jeg leke med?»',
      feelings: 'Utrygg og alene. Kanskje også sliten.',
      needs: 'En voksen som tar imot henne hver morgen, og en fast liten oppgave i starten av dagen.',
      observations: 'Hun ser etter en bestemt voksen og roer seg når hun får hjelpe til med å dekke bordet.',
    },
    parents: {
      experiences: 'Far har fått ny jobb med tidlig oppmøte. Mor er i foreldrepermisjon med lillebror.',
      thoughts: 'Kanskje: «Det går nok over» eller «Gjør vi noe feil?»',
      feelings: 'Dårlig samvittighet og stress om morgenen.',
      needs: 'Å høre hvordan resten av dagen går, og en avtale som passer med jobben.',
      observations: 'Far sier ha det fort og unngår blikkontakt med de ansatte.',
    },
    professionals: {
      experiences: 'Morgenen er travel for oss også; vi er ofte bare to på avdelingen.',
      thoughts: 'Vi er bekymret, men usikre på om vi skal ta det opp nå.',
      feelings: 'Vi kan bli irritert når leveringen trekker ut – det vil vi være ærlige om.',
      needs: 'En felles plan for morgenen og et rolig tidspunkt å snakke med foreldrene.',
      observations: 'Når én voksen tar imot A. i døra, er hun glad igjen etter ti minutter.',
    },
    shared:
      'A. trenger en forutsigbar start på dagen i en periode med endringer hjemme. Foreldrene og vi vil det samme: at hun skal ha det godt om morgenen.',
    steps: [
      ['Invitere foreldrene til en kort samtale', 'Pedagogisk leder', '2026-12-04'],
      ['Avtale én fast voksen som tar imot A. om morgenen', 'De ansatte på avdelingen', '2026-12-07'],
      ['Følge opp sammen med foreldrene etter tre uker', 'Pedagogisk leder og foreldre', '2027-01-08'],
    ],
  },
  en: {
    title: 'A. (4) has gone quiet in the mornings',
    description:
      'Since the autumn break, A. cries at drop-off and sits alone for a while. Her father now mostly drops her off alone and is in a hurry. We have not talked to the parents about it yet.',
    child: {
      experiences: 'Mornings are rushed. Dad leaves before A. is ready, and the cloakroom is full of children.',
      thoughts: 'Perhaps: “Will Dad come back?” and “Who will I play with?”',
      feelings: 'Unsafe and alone. Perhaps tired as well.',
      needs: 'One adult who welcomes her every morning, and a small, fixed task at the start of the day.',
      observations: 'She looks for one particular adult and calms down when she is allowed to help set the table.',
    },
    parents: {
      experiences: 'Dad has a new job that starts early. Mum is on parental leave with a baby brother.',
      thoughts: 'Perhaps: “It will pass” or “Are we doing something wrong?”',
      feelings: 'Guilt, and stress in the mornings.',
      needs: 'To hear how the rest of the day goes, and an arrangement that fits with work.',
      observations: 'Dad says goodbye quickly and avoids eye contact with staff.',
    },
    professionals: {
      experiences: 'Mornings are busy for us too; we are often only two in the room.',
      thoughts: 'We are worried, but unsure whether to raise it now.',
      feelings: 'We can get irritated when drop-off drags on – we want to be honest about that.',
      needs: 'A shared plan for the mornings and a calm moment to talk with the parents.',
      observations: 'When one adult welcomes A. at the door, she is happy again within ten minutes.',
    },
    shared:
      'A. needs a predictable start to the day while things are changing at home. The parents and we want the same thing: for her mornings to go well.',
    steps: [
      ['Invite the parents to a short talk', 'Key worker', '2026-12-04'],
      ['Agree on one adult who welcomes A. every morning', 'Staff in the room', '2026-12-07'],
      ['Follow up with the parents after three weeks', 'Key worker and parents', '2027-01-08'],
    ],
  },
};

/** The worked case in `lang` (da, nb or en; anything else gets Danish). */
export function workedCase(lang: string): PerspectiveSession {
  const key: Lang = lang === 'nb' || lang === 'en' ? lang : 'da';
  const text = TEXT[key];
  return {
    schema: 'sammen.perspective-session/v1',
    id: `sammen-worked-case-mornings-${key}`,
    revision: 1,
    updatedAt: '2026-11-22T00:00:00.000Z',
    readOnly: true,
    title: text.title,
    description: text.description,
    perspectives: { child: { answers: { ...text.child } }, parents: { answers: { ...text.parents } }, professionals: { answers: { ...text.professionals } } },
    sharedUnderstanding: text.shared,
    nextSteps: text.steps.map(([stepText, who, due], index) => ({ id: `step-${index + 1}`, text: stepText, who, due, done: index === 0 })),
  };
}
