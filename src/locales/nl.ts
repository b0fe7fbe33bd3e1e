import type { LocaleTable } from '../internal/pack-strings.js';

/** Dutch. Formal "u", as in patient information. */
const number = new Intl.NumberFormat('nl');
const n = (x: number) => number.format(x);
const plural = new Intl.PluralRules('nl');
const one = (x: number) => plural.select(x) === 'one';
const seconds = (x: number) =>
  new Intl.NumberFormat('nl', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(x);

const nl: LocaleTable = {
  byline: (author) => `Door ${author}`,
  calloutPrefix: 'Belangrijk: ',
  notLoaded: 'Dit deel van de pagina kon niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.',
  quoteCredit: (author) => `— ${author}`,
  adaptedBy: (author, adapter) => `${author}, bewerkt door ${adapter}`,
  notice:
    'Dit artikel geeft algemene informatie, geen diagnose en geen persoonlijk plan. Vraag voor advies over uw eigen knie een zorgverlener, zoals een fysiotherapeut of arts.',
  about: {
    published: (date) => `Gepubliceerd op ${date}`,
    reviewed: (date) => `Laatst beoordeeld op ${date}`,
    nextReview: (date) => `Volgende beoordeling gepland op ${date}`,
    publisher: (name) => `Gepubliceerd door ${name}`,
    sources: 'Bronnen',
    overdue: (date) =>
      `De volgende beoordeling van dit artikel stond gepland op ${date}. Lezers merken niets; werk na de beoordeling "nextReview" (en "reviewed") bij in de inhoud.`,
  },
  checklist: {
    progress: (done, total) => `${n(done)} van ${n(total)} gedaan`,
    why: 'Uit het artikel',
    clearAll: 'Alle vinkjes wissen',
    cleared: 'Alle vinkjes zijn gewist.',
    undo: 'Ongedaan maken',
    restored: 'Vinkjes hersteld.',
    notSaved: 'Uw vinkjes konden niet op dit apparaat worden bewaard. Ze blijven staan tot u deze pagina verlaat.',
    printDone: '☑',
    printNotDone: '☐',
  },
  player: {
    play: 'Afspelen',
    pause: 'Pauzeren',
    seek: 'Positie in de video',
    position: (elapsed, total) => `${elapsed} van ${total}`,
    speed: 'Snelheid',
    speedOption: (rate) => `${n(rate)}×`,
    captions: 'Ondertiteling',
    captionsFailed:
      'De ondertiteling kon niet worden geladen. Deze video heeft daarom geen ondertiteling en geen transcript.',
    stepsFailed: 'De stappen konden niet worden geladen. U kunt de video wel vanaf het begin afspelen.',
    trackProblems: {
      'not-found': (file) => `Het bestand ‘${file}’ is niet gevonden.`,
      unreachable: (file) =>
        `Het bestand ‘${file}’ kon niet worden opgehaald: de verbinding is mislukt, of de website waarop het staat, staat niet toe dat deze pagina het gebruikt (CORS).`,
      srt: (file) =>
        `Het bestand ‘${file}’ lijkt een SRT-bestand: een WebVTT-bestand begint met de regel WEBVTT en schrijft tijden met een punt (00:00:05.000), niet met een komma (00:00:05,000).`,
      'no-header': (file) =>
        `Het bestand ‘${file}’ begint niet met de regel WEBVTT en wordt daarom niet als WebVTT-bestand gelezen.`,
      'comma-times': (file) =>
        `Het bestand ‘${file}’ schrijft tijden met een komma (00:00:05,000); WebVTT vereist een punt (00:00:05.000).`,
      'no-cues': (file) =>
        `Het bestand ‘${file}’ bevat geen regel die de browser kan lezen: een regel met tijden zoals 00:00:05.000 --> 00:00:10.000, met daaronder de tekst.`,
    },
    notNavigable:
      'Deze video kan alleen van begin tot eind worden afgespeeld: de website waarop hij staat, laat de speler niet naar een stap of een ander punt springen.',
    mute: 'Geluid uit',
    fullScreen: 'Volledig scherm',
    exitFullScreen: 'Volledig scherm sluiten',
    steps: 'Stappen',
    step: (step, total, title) => `Stap ${n(step)} van ${n(total)}: ${title}`,
    previousStep: 'Vorige stap',
    nextStep: 'Volgende stap',
    repeatStep: 'Deze stap herhalen',
    pauseAfterStep: 'Pauzeren na elke stap',
    pausedAfterStep: (step, title) =>
      `Gepauzeerd aan het einde van stap ${n(step)}: ${title}. Druk op Afspelen om verder te gaan.`,
    transcript: 'Transcript',
    shortcuts: 'Sneltoetsen',
    loading: 'Laden…',
    resume: (at) => `Verdergaan vanaf ${at}`,
    startOver: 'Opnieuw beginnen',
    retry: 'Opnieuw proberen',
    frame: (label) => `${label}: video. Druk op spatie of K om af te spelen of te pauzeren.`,
    videoAddress: (url) => `Video: ${url}`,
    errors: {
      'not-found': 'De video is niet gevonden. De link is misschien verouderd.',
      unsupported: 'Deze video kan in deze browser niet worden afgespeeld.',
      network: 'De video laadt niet meer. Controleer uw internetverbinding en probeer het opnieuw.',
      unavailable:
        'De video kon niet worden geladen van de website waarop hij staat. De link is misschien verouderd, of de verbinding is verbroken.',
      decode: 'Het videobestand lijkt beschadigd en kan niet worden afgespeeld.',
      'play-refused': 'De video is niet gestart. Druk op Afspelen of Opnieuw proberen om hem te starten.',
      'no-source': 'Er is nog geen video ingesteld voor deze speler.',
    },
    errorSuffix: 'U kunt het transcript hieronder nog steeds lezen.',
    keys: {
      playPause: { label: 'Spatie of K', what: 'Afspelen of pauzeren' },
      seek: { label: '← of →', what: (s) => `${seconds(s)} terug of vooruit` },
      ends: { label: 'Home of End', what: 'Naar het begin of het einde' },
      steps: { label: 'P of N', what: 'Vorige of volgende stap' },
      speed: { label: '< of >', what: 'Langzamer of sneller' },
      mute: { label: 'M', what: 'Geluid uit of aan' },
      captions: { label: 'C', what: 'Ondertiteling aan of uit' },
      fullScreen: { label: 'F', what: 'Volledig scherm' },
    },
  },
  runLog: {
    heading: 'Hardlopen en uw knie',
    logHeading: 'Een loop vastleggen',
    followUpHeading: 'Uw recente lopen',
    patternHeading: 'Het patroon',
    tableHeading: 'Alle lopen',
    date: 'Datum',
    distance: (unit) => `Afstand in ${unit} (optioneel)`,
    duration: 'Duur in minuten (optioneel)',
    note: 'Notitie (optioneel)',
    noteHint: 'Bijvoorbeeld: heuvelachtig parcours',
    series: { during: 'Tijdens het lopen', dayAfter: 'De dag erna', twoDaysAfter: 'Twee dagen erna' },
    ask: {
      during: 'Hoe voelde uw knie tijdens het lopen?',
      dayAfter: 'Hoe voelt uw knie de dag erna?',
      twoDaysAfter: 'Hoe voelt uw knie twee dagen erna?',
    },
    askLater: { dayAfter: 'Hoe voelde uw knie de dag erna?', twoDaysAfter: 'Hoe voelde uw knie twee dagen erna?' },
    scale: '0 = geen pijn, 10 = de ergste pijn die u zich kunt voorstellen',
    notRated: 'Geen score',
    columns: { distance: 'Afstand', duration: 'Duur', note: 'Notitie', actions: 'Wijzigen of verwijderen' },
    add: 'Loop toevoegen',
    save: 'Opslaan',
    change: 'Wijzigen',
    cancel: 'Annuleren',
    remove: 'Verwijderen',
    deleteAll: 'Alles verwijderen',
    download: 'CSV downloaden',
    print: 'Afdrukken',
    import: 'CSV importeren',
    runOn: (date) => `Loop van ${date}`,
    about: (date, text) => `Loop van ${date}: ${text}`,
    added: (date) => `Loop van ${date} toegevoegd.`,
    saved: (date) => `Loop van ${date} opgeslagen.`,
    deleted: (date) => `Loop van ${date} verwijderd.`,
    deletedAll: 'Alle lopen verwijderd.',
    restored: 'Lopen teruggezet.',
    undo: 'Ongedaan maken',
    empty: 'Nog geen lopen vastgelegd.',
    notYet: '–',
    page: (from, to, total) => `Lopen ${n(from)}–${n(to)} van ${n(total)}, nieuwste eerst`,
    newer: 'Nieuwere lopen',
    older: 'Oudere lopen',
    patternDayAfter: (of, same) =>
      one(of)
        ? `De dag erna voelde uw knie even goed of beter aan dan tijdens het lopen bij ${n(same)} van ${n(of)} loop die u de dag erna een score gaf.`
        : `De dag erna voelde uw knie even goed of beter aan dan tijdens het lopen bij ${n(same)} van de laatste ${n(of)} lopen die u de dag erna een score gaf.`,
    patternTwoDays: (of, same) =>
      one(of)
        ? `Twee dagen erna voelde uw knie even goed of beter aan dan tijdens het lopen bij ${n(same)} van ${n(of)} loop die u twee dagen erna een score gaf.`
        : `Twee dagen erna voelde uw knie even goed of beter aan dan tijdens het lopen bij ${n(same)} van de laatste ${n(of)} lopen die u twee dagen erna een score gaf.`,
    noPattern:
      'Geef na een paar lopen een score voor hoe uw knie de dag erna voelt; dan wordt het patroon hier beschreven.',
    chart: (count, first, last) =>
      `Staafdiagram van ${one(count) ? `${n(count)} loop` : `uw laatste ${n(count)} lopen`}, ${first} tot ${last}: kniepijn tijdens het lopen, de dag erna en twee dagen erna, van 0 tot 10. De tabel met lopen bevat elk getal.`,
    chartLimit: (label, value) => ` Een lijn markeert ${label} bij ${n(value)}.`,
    limitLabel: (value) => `Lijn van uw praktijk (${n(value)})`,
    errorPrefix: 'Fout: ',
    problems: {
      date: 'Datum: vul een echte datum in, zoals 2024-05-06.',
      future: 'Datum: die mag niet in de toekomst liggen.',
      taken: 'Datum: op deze datum staat al een loop; wijzig die in de tabel.',
      rating: (what) => `${what}: kies een getal van 0 tot 10.`,
      distance: `Afstand: vul 0 of meer in, zoals ${n(5.2)}, of laat het leeg.`,
      unit: 'Eenheid: gebruik km of mi.',
      duration: 'Duur: vul 0 of meer minuten in, zoals 35, of laat het leeg.',
      note: 'Notitie: moet tekst zijn.',
    },
    imported: (count) => (one(count) ? `${n(count)} loop geïmporteerd.` : `${n(count)} lopen geïmporteerd.`),
    kept: (count) =>
      one(count)
        ? `${n(count)} datum stond al in uw logboek en bleef ongewijzigd.`
        : `${n(count)} datums stonden al in uw logboek en bleven ongewijzigd.`,
    badRow: (row, problems) => `Rij ${n(row)}: ${problems}`,
    moreRows: (count) =>
      one(count)
        ? `…en nog ${n(count)} rij die niet gelezen kon worden.`
        : `…en nog ${n(count)} rijen die niet gelezen konden worden.`,
    notCsv: 'Dit bestand is geen looplogboek: de eerste rij moet de kolommen noemen, te beginnen met date.',
    unreadable: 'Uw opgeslagen lopen konden op dit apparaat niet worden gelezen.',
    keptEntries: (count) =>
      one(count)
        ? `${n(count)} opgeslagen loop kon niet worden gelezen; die blijft ongewijzigd bewaard.`
        : `${n(count)} opgeslagen lopen konden niet worden gelezen; die blijven ongewijzigd bewaard.`,
    newerVersion:
      'Uw lopen zijn opgeslagen door een nieuwere versie van deze pagina en blijven ongewijzigd. Nieuwe lopen worden hier niet opgeslagen: bewaar ze met ‘CSV downloaden’.',
    saveFailed:
      'Uw lopen konden op dit apparaat niet worden opgeslagen. Ze blijven staan tot u deze pagina verlaat: bewaar ze met ‘CSV downloaden’.',
  },
};
export default nl;
