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
    transcriptMissing: 'Het transcript kon niet worden geladen.',
    shortcuts: 'Sneltoetsen',
    loading: 'Laden…',
    resume: (at) => `Verdergaan vanaf ${at}`,
    startOver: 'Opnieuw beginnen',
    retry: 'Opnieuw proberen',
    frame: (label) => `${label}: video. Druk op spatie of K om af te spelen of te pauzeren.`,
    errors: {
      'not-found': 'De video is niet gevonden. De link is misschien verouderd.',
      unsupported: 'Deze video kan in deze browser niet worden afgespeeld.',
      network: 'De video laadt niet meer. Controleer uw internetverbinding en probeer het opnieuw.',
      decode: 'Het videobestand lijkt beschadigd en kan niet worden afgespeeld.',
      'play-refused': 'De video is niet gestart. Druk op Afspelen of Opnieuw proberen om hem te starten.',
      'no-source': 'Er is nog geen video ingesteld voor deze speler.',
    },
    errorSuffix: 'U kunt het transcript hieronder nog steeds lezen.',
    keys: [
      ['Spatie of K', 'Afspelen of pauzeren'],
      ['← of →', `${seconds(5)} terug of vooruit`],
      ['Home of End', 'Naar het begin of het einde'],
      ['P of N', 'Vorige of volgende stap'],
      ['< of >', 'Langzamer of sneller'],
      ['M', 'Geluid uit of aan'],
      ['C', 'Ondertiteling aan of uit'],
      ['F', 'Volledig scherm'],
    ],
  },
};
export default nl;
