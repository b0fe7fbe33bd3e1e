import type { LocaleTable } from '../internal/pack-strings.js';

/** Dutch. Formal "u", as in patient information. */
const number = new Intl.NumberFormat('nl');
const n = (x: number) => number.format(x);
const seconds = (x: number) => new Intl.NumberFormat('nl', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(x);

const nl: LocaleTable = {
  byline: (author) => `Door ${author}`,
  calloutPrefix: 'Belangrijk: ',
  checklist: {
    progress: (done, total) => `${n(done)} van ${n(total)} gedaan`,
    why: 'Uit het artikel',
    quoteCredit: (author) => `— ${author}`,
    clearAll: 'Alle vinkjes wissen',
    cleared: 'Alle vinkjes zijn gewist.',
    undo: 'Ongedaan maken',
    restored: 'Vinkjes hersteld.',
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
    captionsFailed: 'De ondertiteling kon niet worden geladen. Deze video heeft daarom geen ondertiteling en geen transcript.',
    stepsFailed: 'De stappen konden niet worden geladen. U kunt de video wel vanaf het begin afspelen.',
    mute: 'Geluid uit',
    fullScreen: 'Volledig scherm',
    exitFullScreen: 'Volledig scherm sluiten',
    steps: 'Stappen',
    step: (step, total, title) => `Stap ${n(step)} van ${n(total)}: ${title}`,
    previousStep: 'Vorige stap',
    nextStep: 'Volgende stap',
    repeatStep: 'Deze stap herhalen',
    pauseAfterStep: 'Pauzeren na elke stap',
    pausedAfterStep: (step, title) => `Gepauzeerd aan het einde van stap ${n(step)}: ${title}. Druk op Afspelen om verder te gaan.`,
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
      unavailable: 'De video kon niet worden geladen van de website waarop hij staat. De link is misschien verouderd, of de verbinding is verbroken.',
      decode: 'Het videobestand lijkt beschadigd en kan niet worden afgespeeld.',
      'play-refused': 'De video is niet gestart. Druk op Afspelen of Opnieuw proberen om hem te starten.',
      'no-source': 'Er is nog geen video ingesteld voor deze speler.',
    },
    errorSuffix: 'U kunt het transcript hieronder nog steeds lezen.',
    keys: {
      playPause: { label: 'Spatie of K', what: 'Afspelen of pauzeren' },
      seek: { label: '← of →', what: `${seconds(5)} terug of vooruit` },
      ends: { label: 'Home of End', what: 'Naar het begin of het einde' },
      steps: { label: 'P of N', what: 'Vorige of volgende stap' },
      speed: { label: '< of >', what: 'Langzamer of sneller' },
      mute: { label: 'M', what: 'Geluid uit of aan' },
      captions: { label: 'C', what: 'Ondertiteling aan of uit' },
      fullScreen: { label: 'F', what: 'Volledig scherm' },
    },
  },
};
export default nl;
