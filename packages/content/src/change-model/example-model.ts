// Sammen's example change model: written by the Sammen team for this library (no municipality's
// material, no real figures), in Danish, Norwegian bokmål and English, and shaped like a
// municipality's first draft — two activities in daycare, the results and effects they are
// meant to lead to, why each arrow is believed to hold, and indicators a consultant updates each
// quarter. One feedback arrow (partnership → parents seek advice earlier) closes a loop, as real
// models often do. A municipality replaces it through the widget's `model` property or `src`.
import type { ChangeModel, ChangeModelItem, ChangeModelLink, Indicator } from '@sammen/sdk';

type T = { da: string; nb: string; en: string };
const t = (da: string, nb: string, en: string): T => ({ da, nb, en });

const indicator = (id: string, name: T, dataSource: T, baseline: string, target: string, current: string | undefined, status: Indicator['status']): Indicator => ({
  id,
  name,
  dataSource,
  baseline,
  target,
  ...(current === undefined ? {} : { current }),
  status,
});

const item = (id: string, title: T, more: Omit<ChangeModelItem, 'id' | 'title'> = {}): ChangeModelItem => ({ id, title, ...more });

const link = (from: string, to: string, rationale: T, more: Pick<ChangeModelLink, 'assumptions' | 'evidence'> = {}): ChangeModelLink => ({
  id: `${from}->${to}`,
  from,
  to,
  rationale,
  ...more,
});

const activities: ChangeModelItem[] = [
  item('counselling', t('Åben tværfaglig rådgivning i dagtilbuddet', 'Åpen tverrfaglig veiledning i barnehagen', 'Open interdisciplinary counselling in daycare'), {
    description: t(
      'Sundhedsplejerske, psykolog, fysioterapeut og tale-sprogkonsulent holder åben rådgivning i børnehuset hver anden uge. Forældre og personale kan komme uden henvisning.',
      'Helsesykepleier, psykolog, fysioterapeut og logoped har åpen veiledning i barnehagen annenhver uke. Foreldre og ansatte kan komme uten henvisning.',
      'A health visitor, a psychologist, a physiotherapist and a speech consultant hold open counselling in the daycare centre every other week. Parents and staff can drop in without a referral.',
    ),
    aims: [
      t('Forældre og personale får sparring, før en bekymring vokser sig stor.', 'Foreldre og ansatte får råd før en bekymring vokser seg stor.', 'Parents and staff get advice before a concern grows.'),
      t('Fagfolkene bliver kendte ansigter i hverdagen.', 'Fagfolkene blir kjente fjes i hverdagen.', 'The specialists become familiar faces in everyday life.'),
      t('Pædagogerne bliver mere sikre i at tale med forældre om bekymringer.', 'De ansatte blir tryggere på å snakke med foreldre om bekymringer.', 'Staff grow more confident talking with parents about concerns.'),
    ],
    bullets: [
      t('Hver anden uge, to timer ad gangen', 'Annenhver uke, to timer om gangen', 'Every other week, two hours at a time'),
      t('Ingen henvisning og ingen journal ved første samtale', 'Ingen henvisning og ingen journal ved første samtale', 'No referral and no case file at the first talk'),
      t('Fagfolkene kan observere i børnegruppen, når forældrene ønsker det', 'Fagfolkene kan observere i barnegruppen når foreldrene ønsker det', 'The specialists can observe in the children’s group when parents ask'),
    ],
    targetGroup: t('Forældre til børn på 0–6 år og personalet i dagtilbuddet', 'Foreldre til barn på 0–6 år og de ansatte i barnehagen', 'Parents of children aged 0–6 and the daycare staff'),
    assumptions: t('Forældrene oplever børnehuset som et trygt sted at stille spørgsmål.', 'Foreldrene opplever barnehagen som et trygt sted å stille spørsmål.', 'Parents see the daycare centre as a safe place to ask.'),
  }),
  item('family-groups', t('Familiegrupper i dagtilbuddet', 'Familiegrupper i barnehagen', 'Family groups in daycare'), {
    description: t(
      'Seks til otte familier mødes i børnehuset seks gange over et halvt år sammen med to faste pædagoger og sundhedsplejersken. Vi spiser sammen, børnene leger, og de voksne taler om hverdagen med små børn.',
      'Seks til åtte familier møtes i barnehagen seks ganger i løpet av et halvår sammen med to faste ansatte og helsesykepleieren. Vi spiser sammen, barna leker, og de voksne snakker om hverdagen med små barn.',
      'Six to eight families meet at the daycare centre six times over half a year with two regular staff members and the health visitor. We eat together, the children play, and the adults talk about everyday life with young children.',
    ),
    aims: [
      t('Forældre lærer hinanden at kende på tværs af baggrund.', 'Foreldre blir kjent med hverandre på tvers av bakgrunn.', 'Parents get to know each other across backgrounds.'),
      t('Forældre får konkrete redskaber til søvn, mad, grænser og leg.', 'Foreldre får konkrete verktøy for søvn, mat, grenser og lek.', 'Parents gain practical tools for sleep, food, boundaries and play.'),
      t('Børn, der står uden for fællesskabet, får legekammerater – også efter lukketid.', 'Barn som står utenfor fellesskapet, får lekekamerater – også etter stengetid.', 'Children outside the community find playmates – after closing time too.'),
    ],
    targetGroup: t('Familier, som personalet oplever som isolerede eller usikre i forældrerollen', 'Familier som de ansatte opplever som isolerte eller usikre i foreldrerollen', 'Families the staff see as isolated or unsure in their role as parents'),
    assumptions: t('Familierne kan komme sidst på eftermiddagen, og der er mad og pasning af søskende.', 'Familiene kan komme sent på ettermiddagen, og det er mat og pass av søsken.', 'Families can come late in the afternoon, and there is food and care for siblings.'),
  }),
];

const shortTerm: ChangeModelItem[] = [
  item('advice-earlier', t('Forældre søger råd tidligere', 'Foreldre søker råd tidligere', 'Parents seek advice earlier'), {
    indicators: [indicator('ind-advice', t('Samtaler i den åbne rådgivning', 'Samtaler i den åpne veiledningen', 'Talks in the open counselling'), t('Rådgivningens logbog', 'Veiledningens loggbok', 'The counselling log'), '12 pr. halvår', '40 pr. halvår', '31', 'on-track')],
  }),
  item('concerns-shared', t('Pædagogerne drøfter bekymringer med fagfolk i tide', 'De ansatte drøfter bekymringer med fagfolk i tide', 'Staff discuss concerns with specialists in time'), {
    indicators: [
      indicator('ind-concerns', t('Bekymringer drøftet med en fagperson inden for 14 dage', 'Bekymringer drøftet med en fagperson innen 14 dager', 'Concerns discussed with a specialist within 14 days'), t('Dagtilbuddets registrering', 'Barnehagens registrering', 'The daycare’s own records'), '35 %', '75 %', '48 %', 'at-risk'),
    ],
  }),
  item('shared-language', t('Forældre og pædagoger taler om barnets trivsel med de samme ord', 'Foreldre og ansatte snakker om barnets trivsel med de samme ordene', 'Parents and staff talk about the child’s well-being in the same words')),
  item('parents-know-each-other', t('Forældrene i gruppen kender hinanden', 'Foreldrene i gruppen kjenner hverandre', 'Parents in the group know each other'), {
    indicators: [
      indicator('ind-know', t('Forældre, der kender mindst to andre familier i gruppen', 'Foreldre som kjenner minst to andre familier i gruppen', 'Parents who know at least two other families in the group'), t('Spørgeskema ved sidste gruppemøde', 'Spørreskjema ved siste gruppemøte', 'Questionnaire at the last group meeting'), '20 %', '80 %', undefined, 'no-data'),
    ],
  }),
  item('confident-parents', t('Forældre føler sig mere sikre i hverdagen med barnet', 'Foreldre føler seg tryggere i hverdagen med barnet', 'Parents feel more confident in everyday life with their child')),
  item('children-play', t('Børnene leger sammen på tværs af familierne', 'Barna leker sammen på tvers av familiene', 'Children play together across families')),
];

const mediumTerm: ChangeModelItem[] = [
  item('wellbeing', t('Flere børn trives – det viser trivselsskemaerne', 'Flere barn trives – det viser trivselsskjemaene', 'More children thrive – as the well-being forms show'), {
    indicators: [indicator('ind-wellbeing', t('Børn med god trivsel', 'Barn med god trivsel', 'Children with good well-being'), t('Trivselsskemaer, to gange om året', 'Trivselsskjemaer, to ganger i året', 'Well-being forms, twice a year'), '78 %', '90 %', '80 %', 'at-risk')],
  }),
  item('yellow-briefly', t('Børn er kun kort tid i gul position', 'Barn er bare kort tid på gult nivå', 'Children spend only a short time in the yellow position'), {
    description: t('Gul position i trafiklysmodellen: der er en bekymring, og vi holder øje.', 'Gult nivå i trafikklysmodellen: det er en bekymring, og vi følger med.', 'Yellow in the traffic-light model: there is a concern and we keep watch.'),
    indicators: [indicator('ind-yellow', t('Gennemsnitlig tid i gul position', 'Gjennomsnittlig tid på gult nivå', 'Average time in the yellow position'), t('Trafiklysmodellen i dagtilbuddet', 'Trafikklysmodellen i barnehagen', 'The daycare’s traffic-light model'), '7 måneder', '3 måneder', '8 måneder', 'off-track')],
  }),
  item('children-included', t('Flere sårbare børn er en del af børnefællesskabet', 'Flere sårbare barn er en del av barnefellesskapet', 'More vulnerable children are part of the children’s community'), {
    description: t('Fx vist ved kortlægning af børnenes relationer.', 'For eksempel vist ved kartlegging av barnas relasjoner.', 'For example as shown by mapping the children’s relationships.'),
    indicators: [indicator('ind-included', t('Børn uden en gensidig legerelation', 'Barn uten en gjensidig lekerelasjon', 'Children without a mutual play relationship'), t('Relationskortlægning forår og efterår', 'Relasjonskartlegging vår og høst', 'Relationship mapping in spring and autumn'), '9', '3', '6', 'on-track')],
  }),
  item('partnership', t('Forældre og dagtilbud samarbejder som partnere', 'Foreldre og barnehage samarbeider som partnere', 'Parents and daycare work together as partners')),
];

const longTerm: ChangeModelItem[] = [
  item('social-heritage', t('Dagtilbuddet viderefører ikke negativ social arv', 'Barnehagen fører ikke negativ sosial arv videre', 'Daycare does not pass on negative social heritage')),
  item('ready-for-school', t('Børn begynder i skole med lyst og mod på at lære', 'Barn begynner på skolen med lyst og mot til å lære', 'Children start school eager and ready to learn')),
  item('fewer-measures', t('Færre familier får brug for indgribende foranstaltninger', 'Færre familier trenger inngripende tiltak', 'Fewer families need intrusive measures')),
];

const links: ChangeModelLink[] = [
  link('counselling', 'advice-earlier', t('Fagfolkene sidder i huset, hvor forældrene alligevel kommer. Uden ventetid og henvisning spørger forældre, mens bekymringen stadig er lille.', 'Fagfolkene sitter i huset der foreldrene uansett kommer. Uten ventetid og henvisning spør foreldre mens bekymringen fortsatt er liten.', 'The specialists sit in the building parents come to anyway. With no waiting and no referral, parents ask while the concern is still small.'), {
    assumptions: t('Forældrene ved, at rådgivningen findes, og at den er uforpligtende.', 'Foreldrene vet at veiledningen finnes, og at den er uforpliktende.', 'Parents know the counselling exists and commits them to nothing.'),
    evidence: t('Vores forsøg i to børnehuse i 2025 gav flere og tidligere henvendelser.', 'Forsøket vårt i to barnehager i 2025 ga flere og tidligere henvendelser.', 'Our trial in two daycare centres in 2025 brought more and earlier requests.'),
  }),
  link('counselling', 'concerns-shared', t('Pædagogerne kan tage en bekymring med til rådgivningen samme uge i stedet for at vente på et møde.', 'De ansatte kan ta med seg en bekymring til veiledningen samme uke i stedet for å vente på et møte.', 'Staff can bring a concern to the counselling the same week instead of waiting for a meeting.')),
  link('counselling', 'shared-language', t('Når forældre og pædagoger taler med de samme fagfolk, får de de samme ord for barnets udvikling.', 'Når foreldre og ansatte snakker med de samme fagfolkene, får de de samme ordene for barnets utvikling.', 'When parents and staff talk with the same specialists, they share words for the child’s development.')),
  link('family-groups', 'parents-know-each-other', t('Familierne mødes seks gange og spiser sammen. Der er tid til at snakke, og sådan opstår bekendtskaber.', 'Familiene møtes seks ganger og spiser sammen. Det er tid til å prate, og slik blir folk kjent.', 'The families meet six times and eat together. There is time to talk, and that is how acquaintances start.'), {
    evidence: t('Deltagerne i forsøgsgrupperne nævnte fællesspisningen som det vigtigste.', 'Deltakerne i forsøksgruppene trakk fram fellesmåltidet som det viktigste.', 'Participants in the trial groups named the shared meal as what mattered most.'),
  }),
  link('family-groups', 'confident-parents', t('Forældrene deler erfaringer og får konkrete råd om søvn, mad og grænser fra sundhedsplejersken.', 'Foreldrene deler erfaringer og får konkrete råd om søvn, mat og grenser fra helsesykepleieren.', 'Parents share experiences and get practical advice on sleep, food and boundaries from the health visitor.')),
  link('family-groups', 'children-play', t('Børnene leger sammen, mens de voksne er der, og familierne laver legeaftaler bagefter.', 'Barna leker sammen mens de voksne er til stede, og familiene avtaler lek etterpå.', 'The children play together with their parents nearby, and families arrange play dates afterwards.'), {
    assumptions: t('Familierne bor så tæt på hinanden, at de kan ses uden for børnehuset.', 'Familiene bor så nær hverandre at de kan treffes utenfor barnehagen.', 'The families live close enough to meet outside the daycare centre.'),
  }),
  link('advice-earlier', 'wellbeing', t('Hjælp i tide løser små problemer, før de går ud over barnets trivsel.', 'Hjelp i tide løser små problemer før de går ut over barnets trivsel.', 'Help in time solves small problems before they affect the child’s well-being.')),
  link('advice-earlier', 'yellow-briefly', t('Forældre, der får råd tidligt, kan gøre noget, mens barnet er i gul position.', 'Foreldre som får råd tidlig, kan gjøre noe mens barnet er på gult nivå.', 'Parents who get advice early can act while the child is in the yellow position.')),
  link('concerns-shared', 'yellow-briefly', t('Når en bekymring drøftes hurtigt, kommer indsatsen tidligere i gang, og barnet bliver ikke hængende i gul position.', 'Når en bekymring drøftes raskt, kommer tiltaket tidligere i gang, og barnet blir ikke værende på gult nivå.', 'When a concern is discussed quickly, help starts sooner and the child does not stay in the yellow position.'), {
    assumptions: t('Der er tid i personalegruppen til at følge op på det, der bliver aftalt.', 'Personalet har tid til å følge opp det som blir avtalt.', 'Staff have time to follow up on what is agreed.'),
    evidence: t('Kommunens egen gennemgang i 2024 viste lang ventetid før den første drøftelse.', 'Kommunens egen gjennomgang i 2024 viste lang ventetid før den første drøftingen.', 'The municipality’s own review in 2024 found long waits before the first discussion.'),
  }),
  link('shared-language', 'partnership', t('Et fælles sprog gør det lettere at tale om bekymringer, uden at nogen føler sig anklaget.', 'Et felles språk gjør det lettere å snakke om bekymringer uten at noen føler seg anklaget.', 'A shared language makes it easier to talk about concerns without anyone feeling accused.')),
  link('parents-know-each-other', 'children-included', t('Når forældrene kender hinanden, inviterer de hinandens børn hjem, og børnene får venner.', 'Når foreldrene kjenner hverandre, inviterer de hverandres barn hjem, og barna får venner.', 'When parents know each other, they invite each other’s children home, and the children make friends.')),
  link('confident-parents', 'wellbeing', t('Forældre, der føler sig sikre, giver barnet ro og forudsigelighed derhjemme.', 'Foreldre som føler seg trygge, gir barnet ro og forutsigbarhet hjemme.', 'Confident parents give the child calm and predictability at home.')),
  link('confident-parents', 'partnership', t('Forældre, der føler sig kompetente, går lettere i dialog med personalet.', 'Foreldre som føler seg kompetente, går lettere i dialog med de ansatte.', 'Parents who feel capable find it easier to talk with the staff.')),
  link('children-play', 'children-included', t('Legerelationer fra familiegruppen tager børnene med ind i børnegruppen.', 'Lekerelasjoner fra familiegruppen tar barna med seg inn i barnegruppen.', 'Play relationships from the family group carry over into the children’s group.'), {
    evidence: t('Relationskortlægningen i forsøgsbørnehusene viste flere gensidige relationer efter forløbet.', 'Relasjonskartleggingen i forsøksbarnehagene viste flere gjensidige relasjoner etter forløpet.', 'Relationship mapping in the trial centres showed more mutual relationships after the programme.'),
  }),
  link('wellbeing', 'ready-for-school', t('Børn, der trives, har overskud til at lære og tage nye skridt.', 'Barn som trives, har overskudd til å lære og ta nye steg.', 'Children who thrive have the energy to learn and take new steps.')),
  link('yellow-briefly', 'social-heritage', t('Korte forløb i gul position betyder, at færre problemer når at vokse sig store og følge barnet.', 'Korte perioder på gult nivå betyr at færre problemer rekker å vokse seg store og følge barnet.', 'Short spells in the yellow position mean fewer problems grow large enough to follow the child.')),
  link('yellow-briefly', 'fewer-measures', t('Når bekymringer bliver løst tidligt, er der sjældnere brug for en underretning.', 'Når bekymringer løses tidlig, er det sjeldnere behov for en bekymringsmelding.', 'When concerns are resolved early, a report of concern is needed less often.')),
  link('children-included', 'social-heritage', t('Børn, der er en del af fællesskabet, får de samme muligheder for leg og læring som de andre.', 'Barn som er en del av fellesskapet, får de samme mulighetene for lek og læring som de andre.', 'Children who belong get the same chances to play and learn as the others.')),
  link('children-included', 'ready-for-school', t('Venskaber giver mod på nye fællesskaber, også i skolen.', 'Vennskap gir mot til nye fellesskap, også på skolen.', 'Friendships give children courage for new communities, at school too.')),
  link('partnership', 'fewer-measures', t('Når forældre og dagtilbud arbejder sammen, kan flere bekymringer løses i hverdagen.', 'Når foreldre og barnehage jobber sammen, kan flere bekymringer løses i hverdagen.', 'When parents and daycare work together, more concerns can be solved in everyday life.'), {
    assumptions: t('Samarbejdet bygger på tillid, ikke på kontrol.', 'Samarbeidet bygger på tillit, ikke på kontroll.', 'The collaboration rests on trust, not on control.'),
  }),
  link('partnership', 'advice-earlier', t('Tillid smitter: forældre, der oplever et godt samarbejde, spørger tidligere næste gang – og fortæller andre forældre om rådgivningen.', 'Tillit smitter: foreldre som opplever et godt samarbeid, spør tidligere neste gang – og forteller andre foreldre om veiledningen.', 'Trust spreads: parents who find the collaboration good ask earlier next time – and tell other parents about the counselling.')),
];

export const exampleChangeModel: ChangeModel = {
  schema: 'sammen.change-model/v2',
  id: 'sammen-example-change-model',
  revision: 1,
  updatedAt: '2026-11-22T00:00:00.000Z',
  title: t('Stærkere sammen om de yngste', 'Sterkere sammen om de minste', 'Stronger together for the youngest'),
  targetGroup: t(
    'Børn på 0–6 år i kommunens dagtilbud og deres familier – især der, hvor bekymringen endnu er lille.',
    'Barn på 0–6 år i kommunens barnehager og familiene deres – særlig der bekymringen ennå er liten.',
    'Children aged 0–6 in the municipality’s daycare and their families – above all where a concern is still small.',
  ),
  columns: [
    { id: 'activities', kind: 'activities', title: t('Aktiviteter', 'Aktiviteter', 'Activities'), items: activities },
    { id: 'short-term', kind: 'short-term-results', title: t('Kortsigtede resultater', 'Kortsiktige resultater', 'Short-term results'), items: shortTerm },
    { id: 'medium-term', kind: 'medium-term-effects', title: t('Mellemlangsigtede virkninger', 'Virkninger på mellomlang sikt', 'Medium-term effects'), items: mediumTerm },
    { id: 'long-term', kind: 'long-term-effects', title: t('Langsigtede virkninger', 'Langsiktige virkninger', 'Long-term effects'), items: longTerm },
  ],
  links,
};
