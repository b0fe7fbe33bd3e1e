import type { LocaleTable } from '../internal/pack-strings.js';

/** German. Formal "Sie", as in patient information. */
const number = new Intl.NumberFormat('de');
const n = (x: number) => number.format(x);
const seconds = (x: number) => new Intl.NumberFormat('de', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(x);

const de: LocaleTable = {
  byline: (author) => `Von ${author}`,
  calloutPrefix: 'Wichtig: ',
  checklist: {
    progress: (done, total) => `${n(done)} von ${n(total)} erledigt`,
    why: 'Aus dem Artikel',
    quoteCredit: (author) => `— ${author}`,
    clearAll: 'Alle Häkchen entfernen',
    cleared: 'Alle Häkchen wurden entfernt.',
    undo: 'Rückgängig',
    restored: 'Häkchen wiederhergestellt.',
    printDone: '☑',
    printNotDone: '☐',
  },
  player: {
    play: 'Abspielen',
    pause: 'Pause',
    seek: 'Position im Video',
    position: (elapsed, total) => `${elapsed} von ${total}`,
    speed: 'Geschwindigkeit',
    speedOption: (rate) => `${n(rate)}×`,
    captions: 'Untertitel',
    captionsFailed: 'Die Untertitel konnten nicht geladen werden. Für dieses Video gibt es daher weder Untertitel noch ein Transkript.',
    stepsFailed: 'Die Schritte konnten nicht geladen werden. Das Video lässt sich trotzdem von Anfang an abspielen.',
    mute: 'Stummschalten',
    fullScreen: 'Vollbild',
    exitFullScreen: 'Vollbild beenden',
    steps: 'Schritte',
    step: (step, total, title) => `Schritt ${n(step)} von ${n(total)}: ${title}`,
    previousStep: 'Vorheriger Schritt',
    nextStep: 'Nächster Schritt',
    repeatStep: 'Diesen Schritt wiederholen',
    pauseAfterStep: 'Nach jedem Schritt anhalten',
    pausedAfterStep: (step, title) => `Angehalten am Ende von Schritt ${n(step)}: ${title}. Drücken Sie „Abspielen“, um fortzufahren.`,
    transcript: 'Transkript',
    shortcuts: 'Tastenkürzel',
    loading: 'Wird geladen…',
    resume: (at) => `Fortsetzen bei ${at}`,
    startOver: 'Von vorne beginnen',
    retry: 'Erneut versuchen',
    frame: (label) => `${label}: Video. Drücken Sie die Leertaste oder K zum Abspielen oder Anhalten.`,
    videoAddress: (url) => `Video: ${url}`,
    errors: {
      'not-found': 'Das Video wurde nicht gefunden. Der Link ist möglicherweise veraltet.',
      unsupported: 'Dieses Video kann in diesem Browser nicht abgespielt werden.',
      network: 'Das Video wird nicht mehr geladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      unavailable:
        'Das Video konnte nicht von der Website geladen werden, auf der es liegt. Der Link ist möglicherweise veraltet, oder die Verbindung wurde unterbrochen.',
      decode: 'Die Videodatei scheint beschädigt zu sein und kann nicht abgespielt werden.',
      'play-refused': 'Das Video ist nicht gestartet. Drücken Sie „Abspielen“ oder „Erneut versuchen“, um es zu starten.',
      'no-source': 'Für diesen Player wurde noch kein Video eingerichtet.',
    },
    errorSuffix: 'Sie können das Transkript unten trotzdem lesen.',
    keys: {
      playPause: { label: 'Leertaste oder K', what: 'Abspielen oder anhalten' },
      seek: { label: '← oder →', what: `${seconds(5)} zurück oder vor` },
      ends: { label: 'Pos1 oder Ende', what: 'Zum Anfang oder zum Ende' },
      steps: { label: 'P oder N', what: 'Vorheriger oder nächster Schritt' },
      speed: { label: '< oder >', what: 'Langsamer oder schneller' },
      mute: { label: 'M', what: 'Ton aus oder an' },
      captions: { label: 'C', what: 'Untertitel an oder aus' },
      fullScreen: { label: 'F', what: 'Vollbild' },
    },
  },
};
export default de;
