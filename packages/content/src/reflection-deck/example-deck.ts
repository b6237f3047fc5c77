// Sammen's example reflection deck: written by the Sammen team for this library (not taken from
// any municipality's material), in Danish, Norwegian bokmål and English. A municipality replaces
// it with its own deck through the widget's `deck` property or `src` attribute.
import type { ReflectionDeck } from '@sammen/sdk';

type T = { da: string; nb: string; en: string };
const t = (da: string, nb: string, en: string): T => ({ da, nb, en });

export const exampleDeck: ReflectionDeck = {
  schema: 'sammen.reflection-deck/v1',
  id: 'sammen-example-parents-as-partners',
  revision: 1,
  updatedAt: '2026-11-22T00:00:00.000Z',
  languages: ['da', 'nb', 'en'],
  title: t('Forældre som partnere', 'Foreldre som partnere', 'Parents as partners'),
  intro: t(
    'Udsagn og refleksionsspørgsmål til personalemøder og forældremøder. Tag et kort, læs udsagnet højt, og tal om spørgsmålene.',
    'Utsagn og refleksjonsspørsmål til personalemøter og foreldremøter. Trekk et kort, les utsagnet høyt og snakk om spørsmålene.',
    'Statements and reflection questions for staff meetings and parent meetings. Draw a card, read the statement aloud and talk about the questions.',
  ),
  themes: [
    {
      id: 'communities',
      number: 1,
      title: t('Vi skaber fællesskaber sammen', 'Vi skaper fellesskap sammen', 'We build communities together'),
      intro: t(
        'Når forældre kender hinanden, bliver det lettere for børnene at være en del af fællesskabet. Det pædagogiske personale kan bygge bro.',
        'Når foreldre kjenner hverandre, blir det lettere for barna å være en del av fellesskapet. De ansatte kan bygge bro.',
        'When parents know each other, it is easier for the children to belong. Staff can build the bridges.',
      ),
      cards: [
        {
          id: 'new-families',
          title: t('Nye familier', 'Nye familier', 'New families'),
          statement: {
            text: t('“Vi kender ikke rigtig de andre forældre – vi ser dem kun i garderoben.”', '“Vi kjenner egentlig ikke de andre foreldrene – vi ser dem bare i garderoben.”', '“We don’t really know the other parents – we only see them in the cloakroom.”'),
            saidBy: 'parents',
          },
          questions: [
            { id: 'q1', text: t('Hvordan tager vi imod en ny familie de første uger?', 'Hvordan tar vi imot en ny familie de første ukene?', 'How do we welcome a new family in the first weeks?') },
            { id: 'q2', text: t('Hvilke små anledninger kan vi skabe, hvor forældre møder hinanden?', 'Hvilke små anledninger kan vi skape der foreldre møter hverandre?', 'What small occasions can we create for parents to meet?') },
          ],
          audience: 'both',
          settings: ['daycare', 'school', 'club'],
        },
        {
          id: 'children-outside',
          title: t('Børn uden for fællesskabet', 'Barn utenfor fellesskapet', 'Children outside the community'),
          statement: {
            text: t('“Det er altid de samme børn, der bliver inviteret med hjem.”', '“Det er alltid de samme barna som blir invitert med hjem.”', '“It is always the same children who get invited home.”'),
            saidBy: 'professionals',
          },
          questions: [
            { id: 'q1', text: t('Hvad ser vi, når vi kigger på legerelationerne i vores gruppe?', 'Hva ser vi når vi ser på lekerelasjonene i gruppen vår?', 'What do we see when we look at the play relationships in our group?') },
            {
              id: 'q2',
              text: t('Hvordan kan vi sammen med forældrene åbne fællesskabet?', 'Hvordan kan vi sammen med foreldrene åpne fellesskapet?', 'How can we open the community together with the parents?'),
              items: [t('i hverdagen', 'i hverdagen', 'in everyday life'), t('til fødselsdage', 'i bursdager', 'at birthday parties'), t('i fritiden', 'i fritiden', 'in leisure time')],
            },
          ],
          audience: 'staff',
          settings: ['daycare', 'school'],
        },
        {
          id: 'parent-network',
          title: t('Forældrenetværk', 'Foreldrenettverk', 'Parent networks'),
          statement: {
            text: t('“Det var en anden forælder, der fortalte mig, hvordan det hele fungerer.”', '“Det var en annen forelder som fortalte meg hvordan alt fungerer.”', '“It was another parent who told me how everything works.”'),
            saidBy: 'parents',
          },
          questions: [
            { id: 'q1', text: t('Hvordan kan forældre hjælpe hinanden – og hvad er vores rolle?', 'Hvordan kan foreldre hjelpe hverandre – og hva er vår rolle?', 'How can parents help each other – and what is our role?') },
          ],
          audience: 'parents',
          settings: ['daycare'],
        },
      ],
    },
    {
      id: 'involvement',
      number: 2,
      title: t('Forældres inddragelse og indflydelse', 'Foreldres medvirkning og innflytelse', 'Parents’ involvement and influence'),
      intro: t(
        'Forældre ved noget om deres barn, som ingen andre ved. Det er personalets opgave at spørge, lytte og bruge det.',
        'Foreldre vet noe om barnet sitt som ingen andre vet. Det er de ansattes oppgave å spørre, lytte og bruke det.',
        'Parents know things about their child that nobody else knows. It is the staff’s task to ask, listen and use it.',
      ),
      cards: [
        {
          id: 'asked-too-late',
          title: t('Spurgt for sent', 'Spurt for sent', 'Asked too late'),
          statement: {
            text: t('“Vi hørte først om det, da beslutningen var truffet.”', '“Vi hørte først om det da beslutningen var tatt.”', '“We only heard about it when the decision had been made.”'),
            saidBy: 'parents',
          },
          questions: [
            { id: 'q1', text: t('Hvornår inddrager vi forældre – og hvornår informerer vi bare?', 'Når tar vi med foreldrene – og når bare informerer vi?', 'When do we involve parents – and when do we just inform them?') },
            {
              id: 'q2',
              text: t('Hvor er det særligt vigtigt at spørge forældrene først?', 'Hvor er det særlig viktig å spørre foreldrene først?', 'Where is it especially important to ask the parents first?'),
              items: [
                t('når barnet er i vanskeligheder', 'når barnet strever', 'when the child is having difficulties'),
                t('ved overgangen fra hjem til dagtilbud', 'ved overgangen fra hjem til barnehage', 'at the transition from home to daycare'),
                t('ved overgangen fra dagtilbud til skole', 'ved overgangen fra barnehage til skole', 'at the transition from daycare to school'),
              ],
            },
          ],
          audience: 'staff',
          settings: ['daycare', 'school', 'club'],
        },
        {
          id: 'parents-knowledge',
          title: t('Forældrenes viden', 'Foreldrenes kunnskap', 'What parents know'),
          statement: {
            text: t('“Hjemme er han slet ikke genert.”', '“Hjemme er han ikke sjenert i det hele tatt.”', '“At home he isn’t shy at all.”'),
            saidBy: 'parents',
          },
          questions: [
            { id: 'q1', text: t('Hvordan får vi forældrenes billede af barnet med, når vi planlægger?', 'Hvordan får vi med foreldrenes bilde av barnet når vi planlegger?', 'How do we include the parents’ picture of the child when we plan?') },
            { id: 'q2', text: t('Hvad gør vi, når vores billede og forældrenes billede er forskellige?', 'Hva gjør vi når vårt bilde og foreldrenes bilde er forskjellige?', 'What do we do when our picture and the parents’ picture differ?') },
          ],
          audience: 'both',
          settings: ['daycare', 'school'],
        },
      ],
    },
    {
      id: 'culture',
      number: 3,
      title: t('En fælles kultur', 'En felles kultur', 'A shared culture'),
      intro: t(
        'Forventninger, traditioner og vaner er forskellige fra familie til familie. En fælles kultur kommer ikke af sig selv – den skabes.',
        'Forventninger, tradisjoner og vaner er forskjellige fra familie til familie. En felles kultur kommer ikke av seg selv – den skapes.',
        'Expectations, traditions and habits differ from family to family. A shared culture does not happen by itself – it is made.',
      ),
      cards: [
        {
          id: 'unwritten-rules',
          title: t('De uskrevne regler', 'De uskrevne reglene', 'The unwritten rules'),
          statement: {
            text: t('“Alle andre lader til at vide, hvad man skal have med til en tur.”', '“Alle andre ser ut til å vite hva man skal ha med på tur.”', '“Everybody else seems to know what to bring on a trip.”'),
            saidBy: 'parents',
          },
          questions: [
            { id: 'q1', text: t('Hvilke uskrevne regler har vi, som nye familier ikke kan kende?', 'Hvilke uskrevne regler har vi som nye familier ikke kan kjenne til?', 'Which unwritten rules do we have that new families cannot know?') },
            { id: 'q2', text: t('Hvordan gør vi dem synlige uden at gøre nogen forkerte?', 'Hvordan gjør vi dem synlige uten å få noen til å føle seg feil?', 'How do we make them visible without making anyone feel wrong?') },
          ],
          audience: 'staff',
          settings: ['daycare', 'club'],
        },
        {
          id: 'different-expectations',
          title: t('Forskellige forventninger', 'Ulike forventninger', 'Different expectations'),
          statement: {
            text: t('“Nogle forældre forventer, at vi opdrager – andre, at vi holder os væk.”', '“Noen foreldre forventer at vi oppdrar – andre at vi holder oss unna.”', '“Some parents expect us to raise their child – others expect us to stay out of it.”'),
            saidBy: 'professionals',
          },
          questions: [
            { id: 'q1', text: t('Hvordan taler vi med forældre om, hvad vi hver især står for?', 'Hvordan snakker vi med foreldre om hva vi hver for oss står for?', 'How do we talk with parents about what each of us is responsible for?') },
            { id: 'q2', text: t('Hvad er vores fælles opgave for barnet?', 'Hva er vår felles oppgave for barnet?', 'What is our shared task for the child?') },
            { id: 'q3', text: t('Hvor går grænsen for, hvad vi blander os i?', 'Hvor går grensen for hva vi blander oss i?', 'Where is the line for what we get involved in?') },
          ],
          audience: 'both',
          settings: ['daycare', 'school', 'club'],
        },
      ],
    },
    {
      id: 'dialogue',
      number: 4,
      title: t('Kommunikation og dialog er nøglen', 'Kommunikasjon og dialog er nøkkelen', 'Communication and dialogue are the key'),
      intro: t(
        'Den svære samtale bliver lettere, når den gode samtale har været der først. Det er de professionelle, der tager initiativet.',
        'Den vanskelige samtalen blir lettere når den gode samtalen har vært der først. Det er de ansatte som tar initiativet.',
        'The difficult conversation is easier when the good conversation came first. The professionals take the initiative.',
      ),
      cards: [
        {
          id: 'only-bad-news',
          title: t('Kun når noget er galt', 'Bare når noe er galt', 'Only when something is wrong'),
          statement: {
            text: t('“Når pædagogen siger ‘har du lige et øjeblik?’, får jeg ondt i maven.”', '“Når de ansatte sier ‘har du et øyeblikk?’, får jeg vondt i magen.”', '“When staff say ‘have you got a minute?’, my stomach tightens.”'),
            saidBy: 'parents',
          },
          questions: [
            { id: 'q1', text: t('Hvor tit fortæller vi forældre om det, der går godt?', 'Hvor ofte forteller vi foreldre om det som går bra?', 'How often do we tell parents about what is going well?') },
            { id: 'q2', text: t('Hvordan forbereder vi en samtale, når vi er bekymrede for et barn?', 'Hvordan forbereder vi en samtale når vi er bekymret for et barn?', 'How do we prepare a conversation when we are worried about a child?') },
          ],
          audience: 'staff',
          settings: ['daycare', 'school', 'club'],
        },
        {
          id: 'daily-talk',
          title: t('Den daglige snak', 'Den daglige praten', 'The everyday talk'),
          statement: {
            text: t('“Vi når aldrig at tale sammen – alle har travlt ved afhentning.”', '“Vi rekker aldri å snakke sammen – alle har det travelt ved henting.”', '“We never get to talk – everybody is in a hurry at pick-up.”'),
            saidBy: 'both',
          },
          questions: [
            { id: 'q1', text: t('Hvilke andre veje end garderoben har vi til dialog med forældrene?', 'Hvilke andre veier enn garderoben har vi til dialog med foreldrene?', 'What ways other than the cloakroom do we have for talking with parents?') },
          ],
          audience: 'both',
          settings: ['daycare', 'club'],
        },
      ],
    },
  ],
};
