import type { LocaleTable } from '../internal/pack-strings.js';

/** German. Formal "Sie", as in patient information. */
const number = new Intl.NumberFormat('de');
const n = (x: number) => number.format(x);
const plural = new Intl.PluralRules('de');
const one = (x: number) => plural.select(x) === 'one';
const seconds = (x: number) =>
  new Intl.NumberFormat('de', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(x);

const de: LocaleTable = {
  byline: (author) => `Von ${author}`,
  calloutPrefix: 'Wichtig: ',
  notLoaded:
    'Dieser Teil der Seite konnte nicht geladen werden. Laden Sie die Seite neu, um es noch einmal zu versuchen.',
  quoteCredit: (author) => `— ${author}`,
  adaptedBy: (author, adapter) => `${author}, bearbeitet von ${adapter}`,
  notice:
    'Dieser Artikel bietet allgemeine Informationen, keine Diagnose und keinen persönlichen Plan. Wenn Sie Rat zu Ihrem eigenen Knie möchten, fragen Sie eine Fachperson im Gesundheitswesen, zum Beispiel in der Physiotherapie oder in Ihrer Arztpraxis.',
  about: {
    published: (date) => `Veröffentlicht am ${date}`,
    reviewed: (date) => `Zuletzt geprüft am ${date}`,
    nextReview: (date) => `Nächste Prüfung fällig am ${date}`,
    publisher: (name) => `Veröffentlicht von ${name}`,
    sources: 'Quellen',
    overdue: (date) =>
      `Die nächste Prüfung dieses Artikels war am ${date} fällig. Für die Leserinnen und Leser ändert sich nichts; aktualisieren Sie nach der Prüfung „nextReview“ (und „reviewed“) im Inhalt.`,
  },
  checklist: {
    progress: (done, total) => `${n(done)} von ${n(total)} erledigt`,
    why: 'Aus dem Artikel',
    clearAll: 'Alle Häkchen entfernen',
    cleared: 'Alle Häkchen wurden entfernt.',
    undo: 'Rückgängig',
    restored: 'Häkchen wiederhergestellt.',
    notSaved:
      'Ihre Häkchen konnten auf diesem Gerät nicht gespeichert werden. Sie bleiben, bis Sie diese Seite verlassen.',
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
    captionsFailed:
      'Die Untertitel konnten nicht geladen werden. Für dieses Video gibt es daher weder Untertitel noch ein Transkript.',
    stepsFailed: 'Die Schritte konnten nicht geladen werden. Das Video lässt sich trotzdem von Anfang an abspielen.',
    trackProblems: {
      'not-found': (file) => `Die Datei „${file}“ wurde nicht gefunden.`,
      unreachable: (file) =>
        `Die Datei „${file}“ konnte nicht abgerufen werden: Die Verbindung ist fehlgeschlagen, oder ihre Website erlaubt dieser Seite nicht, sie zu verwenden (CORS).`,
      srt: (file) =>
        `Die Datei „${file}“ sieht aus wie eine SRT-Datei: Eine WebVTT-Datei beginnt mit der Zeile WEBVTT und schreibt Zeiten mit einem Punkt (00:00:05.000), nicht mit einem Komma (00:00:05,000).`,
      'no-header': (file) =>
        `Die Datei „${file}“ beginnt nicht mit der Zeile WEBVTT und wird daher nicht als WebVTT-Datei gelesen.`,
      'comma-times': (file) =>
        `Die Datei „${file}“ schreibt Zeiten mit einem Komma (00:00:05,000); WebVTT verlangt einen Punkt (00:00:05.000).`,
      'no-cues': (file) =>
        `Die Datei „${file}“ enthält keinen Eintrag, den der Browser lesen kann: eine Zeile mit Zeiten wie 00:00:05.000 --> 00:00:10.000, darunter ihr Text.`,
    },
    notNavigable:
      'Dieses Video lässt sich nur von Anfang bis Ende abspielen: Die Website, auf der es liegt, erlaubt dem Player nicht, zu einem Schritt oder einer anderen Stelle zu springen.',
    mute: 'Stummschalten',
    fullScreen: 'Vollbild',
    exitFullScreen: 'Vollbild beenden',
    steps: 'Schritte',
    step: (step, total, title) => `Schritt ${n(step)} von ${n(total)}: ${title}`,
    previousStep: 'Vorheriger Schritt',
    nextStep: 'Nächster Schritt',
    repeatStep: 'Diesen Schritt wiederholen',
    pauseAfterStep: 'Nach jedem Schritt anhalten',
    pausedAfterStep: (step, title) =>
      `Angehalten am Ende von Schritt ${n(step)}: ${title}. Drücken Sie „Abspielen“, um fortzufahren.`,
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
      network:
        'Das Video wird nicht mehr geladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
      unavailable:
        'Das Video konnte nicht von der Website geladen werden, auf der es liegt. Der Link ist möglicherweise veraltet, oder die Verbindung wurde unterbrochen.',
      decode: 'Die Videodatei scheint beschädigt zu sein und kann nicht abgespielt werden.',
      'play-refused':
        'Das Video ist nicht gestartet. Drücken Sie „Abspielen“ oder „Erneut versuchen“, um es zu starten.',
      'no-source': 'Für diesen Player wurde noch kein Video eingerichtet.',
    },
    errorSuffix: 'Sie können das Transkript unten trotzdem lesen.',
    keys: {
      playPause: { label: 'Leertaste oder K', what: 'Abspielen oder anhalten' },
      seek: { label: '← oder →', what: (s) => `${seconds(s)} zurück oder vor` },
      ends: { label: 'Pos1 oder Ende', what: 'Zum Anfang oder zum Ende' },
      steps: { label: 'P oder N', what: 'Vorheriger oder nächster Schritt' },
      speed: { label: '< oder >', what: 'Langsamer oder schneller' },
      mute: { label: 'M', what: 'Ton aus oder an' },
      captions: { label: 'C', what: 'Untertitel an oder aus' },
      fullScreen: { label: 'F', what: 'Vollbild' },
    },
  },
  runLog: {
    heading: 'Ihre Läufe und Ihr Knie',
    logHeading: 'Lauf eintragen',
    followUpHeading: 'Ihre letzten Läufe',
    patternHeading: 'Das Muster',
    tableHeading: 'Alle Läufe',
    date: 'Datum',
    distance: (unit) => `Strecke in ${unit} (optional)`,
    duration: 'Dauer in Minuten (optional)',
    note: 'Notiz (optional)',
    noteHint: 'Zum Beispiel: hügelige Strecke',
    series: { during: 'Während des Laufs', dayAfter: 'Am Tag danach', twoDaysAfter: 'Zwei Tage danach' },
    ask: {
      during: 'Wie hat sich Ihr Knie während des Laufs angefühlt?',
      dayAfter: 'Wie fühlt sich Ihr Knie am Tag danach an?',
      twoDaysAfter: 'Wie fühlt sich Ihr Knie zwei Tage danach an?',
    },
    askLater: {
      dayAfter: 'Wie hat sich Ihr Knie am Tag danach angefühlt?',
      twoDaysAfter: 'Wie hat sich Ihr Knie zwei Tage danach angefühlt?',
    },
    scale: '0 = keine Schmerzen, 10 = die schlimmsten vorstellbaren Schmerzen',
    notRated: 'Nicht bewertet',
    columns: { distance: 'Strecke', duration: 'Dauer', note: 'Notiz', actions: 'Ändern oder löschen' },
    add: 'Lauf hinzufügen',
    save: 'Speichern',
    change: 'Ändern',
    cancel: 'Abbrechen',
    remove: 'Löschen',
    deleteAll: 'Alle löschen',
    download: 'CSV herunterladen',
    print: 'Drucken',
    import: 'CSV importieren',
    runOn: (date) => `Lauf am ${date}`,
    about: (date, text) => `Lauf am ${date}: ${text}`,
    added: (date) => `Lauf am ${date} hinzugefügt.`,
    saved: (date) => `Lauf am ${date} gespeichert.`,
    deleted: (date) => `Lauf am ${date} gelöscht.`,
    deletedAll: 'Alle Läufe gelöscht.',
    restored: 'Läufe wiederhergestellt.',
    undo: 'Rückgängig',
    empty: 'Noch keine Läufe eingetragen.',
    notYet: '–',
    page: (from, to, total) => `Läufe ${n(from)}–${n(to)} von ${n(total)}, neueste zuerst`,
    newer: 'Neuere Läufe',
    older: 'Ältere Läufe',
    patternDayAfter: (of, same) =>
      one(of)
        ? `Am Tag danach fühlte sich Ihr Knie bei ${n(same)} von ${n(of)} am Tag danach bewerteten Lauf gleich gut oder besser an als während des Laufs.`
        : `Am Tag danach fühlte sich Ihr Knie bei ${n(same)} Ihrer letzten ${n(of)} am Tag danach bewerteten Läufe gleich gut oder besser an als während des Laufs.`,
    patternTwoDays: (of, same) =>
      one(of)
        ? `Zwei Tage danach fühlte sich Ihr Knie bei ${n(same)} von ${n(of)} zwei Tage danach bewerteten Lauf gleich gut oder besser an als während des Laufs.`
        : `Zwei Tage danach fühlte sich Ihr Knie bei ${n(same)} Ihrer letzten ${n(of)} zwei Tage danach bewerteten Läufe gleich gut oder besser an als während des Laufs.`,
    noPattern:
      'Bewerten Sie bei einigen Läufen, wie sich Ihr Knie am Tag danach anfühlt; dann wird hier das Muster beschrieben.',
    chart: (count, first, last) =>
      `Balkendiagramm ${one(count) ? `von ${n(count)} Lauf` : `Ihrer letzten ${n(count)} Läufe`}, ${first} bis ${last}: Knieschmerzen während des Laufs, am Tag danach und zwei Tage danach, von 0 bis 10. Die Tabelle der Läufe enthält jede Zahl.`,
    chartLimit: (label, value) => ` Eine Linie markiert ${label} bei ${n(value)}.`,
    limitLabel: (value) => `Linie Ihrer Praxis (${n(value)})`,
    errorPrefix: 'Fehler: ',
    problems: {
      date: 'Datum: Geben Sie ein echtes Datum ein, zum Beispiel 2024-05-06.',
      future: 'Datum: Es darf nicht in der Zukunft liegen.',
      taken: 'Datum: An diesem Datum gibt es schon einen Lauf; ändern Sie ihn in der Tabelle.',
      rating: (what) => `${what}: Wählen Sie eine Zahl von 0 bis 10.`,
      distance: `Strecke: Geben Sie 0 oder mehr ein, zum Beispiel ${n(5.2)}, oder lassen Sie das Feld leer.`,
      unit: 'Einheit: Verwenden Sie km oder mi.',
      duration: 'Dauer: Geben Sie 0 oder mehr Minuten ein, zum Beispiel 35, oder lassen Sie das Feld leer.',
      note: 'Notiz: Nur Text ist möglich.',
    },
    imported: (count) => (one(count) ? `${n(count)} Lauf importiert.` : `${n(count)} Läufe importiert.`),
    kept: (count) =>
      one(count)
        ? `${n(count)} Datum war schon in Ihrem Protokoll und bleibt unverändert.`
        : `${n(count)} Daten waren schon in Ihrem Protokoll und bleiben unverändert.`,
    badRow: (row, problems) => `Zeile ${n(row)}: ${problems}`,
    moreRows: (count) =>
      one(count)
        ? `…und ${n(count)} weitere Zeile, die nicht gelesen werden konnte.`
        : `…und ${n(count)} weitere Zeilen, die nicht gelesen werden konnten.`,
    notCsv: 'Diese Datei ist kein Lauf-Protokoll: Ihre erste Zeile muss die Spalten benennen, beginnend mit date.',
    unreadable: 'Ihre gespeicherten Läufe konnten auf diesem Gerät nicht gelesen werden.',
    keptEntries: (count) =>
      one(count)
        ? `${n(count)} gespeicherter Lauf konnte nicht gelesen werden; er bleibt unverändert gespeichert.`
        : `${n(count)} gespeicherte Läufe konnten nicht gelesen werden; sie bleiben unverändert gespeichert.`,
    newerVersion:
      'Ihre Läufe wurden von einer neueren Version dieser Seite gespeichert und bleiben unverändert. Neue Läufe werden hier nicht gespeichert: Laden Sie die CSV-Datei herunter, um sie zu behalten.',
    saveFailed:
      'Ihre Läufe konnten auf diesem Gerät nicht gespeichert werden. Sie bleiben, bis Sie diese Seite verlassen: Laden Sie die CSV-Datei herunter, um sie zu behalten.',
  },
};
export default de;
