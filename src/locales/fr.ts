import type { LocaleTable } from '../internal/pack-strings.js';

/** French. A no-break space (U+00A0) before a colon, as French typography wants. */
const number = new Intl.NumberFormat('fr');
const n = (x: number) => number.format(x);
const plural = new Intl.PluralRules('fr');
const one = (x: number) => plural.select(x) === 'one';
const seconds = (x: number) =>
  new Intl.NumberFormat('fr', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(x);

const fr: LocaleTable = {
  byline: (author) => `Par ${author}`,
  calloutPrefix: 'Important\u00a0: ',
  notLoaded: 'Cette partie de la page n’a pas pu être chargée. Rechargez la page pour réessayer.',
  quoteCredit: (author) => `— ${author}`,
  adaptedBy: (author, adapter) => `${author}, adapté par ${adapter}`,
  notice:
    'Cet article donne des informations générales, pas un diagnostic ni un programme personnel. Pour un avis sur votre propre genou, adressez-vous à un professionnel de santé, comme un kinésithérapeute ou un médecin.',
  about: {
    published: (date) => `Publié le ${date}`,
    reviewed: (date) => `Dernière révision le ${date}`,
    nextReview: (date) => `Prochaine révision prévue le ${date}`,
    publisher: (name) => `Publié par ${name}`,
    sources: 'Sources',
    overdue: (date) =>
      `La prochaine révision de cet article était prévue le ${date}. Les lecteurs ne voient aucun changement\u00a0; une fois l’article révisé, mettez à jour «\u00a0nextReview\u00a0» (et «\u00a0reviewed\u00a0») dans son contenu.`,
  },
  checklist: {
    // French counts 0 and 1 as singular: "0 case cochée sur 6", "2 cases cochées sur 6".
    progress: (done, total) =>
      `${n(done)} ${plural.select(done) === 'one' ? 'case cochée' : 'cases cochées'} sur ${n(total)}`,
    why: 'Extrait de l’article',
    clearAll: 'Tout décocher',
    cleared: 'Toutes les cases ont été décochées.',
    undo: 'Annuler',
    restored: 'Cases cochées rétablies.',
    notSaved:
      'Vos cases cochées n’ont pas pu être enregistrées sur cet appareil. Elles restent jusqu’à ce que vous quittiez cette page.',
    printDone: '☑',
    printNotDone: '☐',
  },
  player: {
    play: 'Lire',
    pause: 'Pause',
    seek: 'Position dans la vidéo',
    position: (elapsed, total) => `${elapsed} sur ${total}`,
    speed: 'Vitesse',
    speedOption: (rate) => `${n(rate)}×`,
    captions: 'Sous-titres',
    captionsFailed:
      'Les sous-titres n’ont pas pu être chargés\u00a0: cette vidéo n’a donc ni sous-titres ni transcription.',
    stepsFailed: 'Les étapes n’ont pas pu être chargées. La vidéo peut tout de même être lue depuis le début.',
    trackProblems: {
      'not-found': (file) => `Le fichier «\u00a0${file}\u00a0» est introuvable.`,
      unreachable: (file) =>
        `Le fichier «\u00a0${file}\u00a0» n’a pas pu être récupéré\u00a0: la connexion s’est interrompue, ou son site n’en autorise pas l’usage ici (CORS).`,
      srt: (file) =>
        `Le fichier «\u00a0${file}\u00a0» ressemble à un fichier SRT\u00a0: un fichier WebVTT commence par la ligne WEBVTT et écrit les temps avec un point (00:00:05.000), pas avec une virgule (00:00:05,000).`,
      'no-header': (file) =>
        `Le fichier «\u00a0${file}\u00a0» ne commence pas par la ligne WEBVTT\u00a0: il n’est donc pas lu comme un fichier WebVTT.`,
      'comma-times': (file) =>
        `Le fichier «\u00a0${file}\u00a0» écrit les temps avec une virgule (00:00:05,000)\u00a0; WebVTT exige un point (00:00:05.000).`,
      'no-cues': (file) =>
        `Le fichier «\u00a0${file}\u00a0» ne contient aucune entrée que le navigateur puisse lire\u00a0: une ligne de temps comme 00:00:05.000 --> 00:00:10.000, puis son texte.`,
    },
    notNavigable:
      'Cette vidéo ne peut être lue que du début à la fin\u00a0: le site qui l’héberge ne permet pas au lecteur d’aller directement à une étape ou à un autre moment.',
    mute: 'Couper le son',
    fullScreen: 'Plein écran',
    exitFullScreen: 'Quitter le plein écran',
    steps: 'Étapes',
    step: (step, total, title) => `Étape ${n(step)} sur ${n(total)}\u00a0: ${title}`,
    previousStep: 'Étape précédente',
    nextStep: 'Étape suivante',
    repeatStep: 'Répéter cette étape',
    pauseAfterStep: 'Pause après chaque étape',
    pausedAfterStep: (step, title) =>
      `En pause à la fin de l’étape ${n(step)}\u00a0: ${title}. Appuyez sur Lire pour continuer.`,
    transcript: 'Transcription',
    shortcuts: 'Raccourcis clavier',
    loading: 'Chargement…',
    resume: (at) => `Reprendre à ${at}`,
    startOver: 'Recommencer depuis le début',
    retry: 'Réessayer',
    frame: (label) => `${label}\u00a0: vidéo. Appuyez sur Espace ou K pour lire ou mettre en pause.`,
    videoAddress: (url) => `Vidéo\u00a0: ${url}`,
    errors: {
      'not-found': 'La vidéo est introuvable. Le lien n’est peut-être plus à jour.',
      unsupported: 'Cette vidéo ne peut pas être lue dans ce navigateur.',
      network: 'Le chargement de la vidéo s’est interrompu. Vérifiez votre connexion Internet, puis réessayez.',
      unavailable:
        'La vidéo n’a pas pu être chargée depuis le site qui l’héberge. Le lien n’est peut-être plus à jour, ou la connexion a été interrompue.',
      decode: 'Le fichier vidéo semble endommagé et ne peut pas être lu.',
      'play-refused': 'La vidéo n’a pas démarré. Appuyez sur Lire ou Réessayer pour la lancer.',
      'no-source': 'Aucune vidéo n’a encore été configurée pour ce lecteur.',
    },
    errorSuffix: 'Vous pouvez toujours lire la transcription ci-dessous.',
    keys: {
      playPause: { label: 'Espace ou K', what: 'Lire ou mettre en pause' },
      seek: { label: '← ou →', what: (s) => `Reculer ou avancer de ${seconds(s)}` },
      ends: { label: 'Début ou Fin', what: 'Aller au début ou à la fin' },
      steps: { label: 'P ou N', what: 'Étape précédente ou suivante' },
      speed: { label: '< ou >', what: 'Plus lent ou plus rapide' },
      mute: { label: 'M', what: 'Couper ou rétablir le son' },
      captions: { label: 'C', what: 'Activer ou désactiver les sous-titres' },
      fullScreen: { label: 'F', what: 'Plein écran' },
    },
  },
  runLog: {
    heading: 'Vos courses et votre genou',
    logHeading: 'Noter une course',
    followUpHeading: 'Vos courses récentes',
    patternHeading: 'La tendance',
    tableHeading: 'Toutes les courses',
    date: 'Date',
    distance: (unit) => `Distance en ${unit} (facultatif)`,
    duration: 'Durée en minutes (facultatif)',
    note: 'Remarque (facultatif)',
    noteHint: 'Par exemple\u00a0: parcours vallonné',
    series: { during: 'Pendant la course', dayAfter: 'Le lendemain', twoDaysAfter: 'Le surlendemain' },
    ask: {
      during: 'Comment était votre genou pendant la course\u00a0?',
      dayAfter: 'Comment va votre genou le lendemain\u00a0?',
      twoDaysAfter: 'Comment va votre genou le surlendemain\u00a0?',
    },
    askLater: {
      dayAfter: 'Comment allait votre genou le lendemain\u00a0?',
      twoDaysAfter: 'Comment allait votre genou le surlendemain\u00a0?',
    },
    scale: '0 = aucune douleur, 10 = la pire douleur imaginable',
    notRated: 'Non noté',
    columns: { distance: 'Distance', duration: 'Durée', note: 'Remarque', actions: 'Modifier ou supprimer' },
    add: 'Ajouter la course',
    save: 'Enregistrer',
    change: 'Modifier',
    cancel: 'Fermer',
    remove: 'Supprimer',
    deleteAll: 'Tout supprimer',
    download: 'Télécharger le CSV',
    print: 'Imprimer',
    import: 'Importer un CSV',
    runOn: (date) => `Course du ${date}`,
    about: (date, text) => `Course du ${date}\u00a0: ${text}`,
    added: (date) => `Course du ${date} ajoutée.`,
    saved: (date) => `Course du ${date} enregistrée.`,
    deleted: (date) => `Course du ${date} supprimée.`,
    deletedAll: 'Toutes les courses ont été supprimées.',
    restored: 'Courses rétablies.',
    undo: 'Annuler',
    empty: 'Aucune course notée pour l’instant.',
    notYet: '–',
    page: (from, to, total) => `Courses ${n(from)} à ${n(to)} sur ${n(total)}, les plus récentes d’abord`,
    newer: 'Courses plus récentes',
    older: 'Courses plus anciennes',
    // French counts 0 and 1 as singular.
    patternDayAfter: (of, same) =>
      one(of)
        ? `Le lendemain, votre genou allait aussi bien ou mieux que pendant la course pour ${n(same)} course sur ${n(of)} notée le lendemain.`
        : `Le lendemain, votre genou allait aussi bien ou mieux que pendant la course pour ${n(same)} des ${n(of)} dernières courses notées le lendemain.`,
    patternTwoDays: (of, same) =>
      one(of)
        ? `Le surlendemain, votre genou allait aussi bien ou mieux que pendant la course pour ${n(same)} course sur ${n(of)} notée le surlendemain.`
        : `Le surlendemain, votre genou allait aussi bien ou mieux que pendant la course pour ${n(same)} des ${n(of)} dernières courses notées le surlendemain.`,
    noPattern: 'Notez votre genou le lendemain de quelques courses\u00a0: la tendance sera décrite ici.',
    chart: (count, first, last) =>
      `Graphique en barres ${one(count) ? `de ${n(count)} course` : `de vos ${n(count)} dernières courses`}, du ${first} au ${last}\u00a0: douleur au genou pendant la course, le lendemain et le surlendemain, de 0 à 10. Le tableau des courses donne chaque valeur.`,
    chartLimit: (label, value) => ` Une ligne marque ${label} à ${n(value)}.`,
    limitLabel: (value) => `Repère de votre cabinet (${n(value)})`,
    errorPrefix: 'Erreur\u00a0: ',
    problems: {
      date: 'Date\u00a0: saisissez une vraie date, par exemple 2024-05-06.',
      future: 'Date\u00a0: elle ne peut pas être dans le futur.',
      taken: 'Date\u00a0: il existe déjà une course à cette date\u00a0; modifiez-la dans le tableau.',
      rating: (what) => `${what}\u00a0: choisissez un nombre de 0 à 10.`,
      distance: `Distance\u00a0: saisissez 0 ou plus, par exemple ${n(5.2)}, ou laissez vide.`,
      unit: 'Unité\u00a0: utilisez km ou mi.',
      duration: 'Durée\u00a0: saisissez 0 minute ou plus, par exemple 35, ou laissez vide.',
      note: 'Remarque\u00a0: doit être du texte.',
    },
    imported: (count) => (one(count) ? `${n(count)} course importée.` : `${n(count)} courses importées.`),
    kept: (count) =>
      one(count)
        ? `${n(count)} date figurait déjà dans votre journal et a été conservée telle quelle.`
        : `${n(count)} dates figuraient déjà dans votre journal et ont été conservées telles quelles.`,
    badRow: (row, problems) => `Ligne ${n(row)}\u00a0: ${problems}`,
    moreRows: (count) =>
      one(count) ? `…et ${n(count)} autre ligne illisible.` : `…et ${n(count)} autres lignes illisibles.`,
    notCsv:
      'Ce fichier n’est pas un journal de courses\u00a0: sa première ligne doit nommer les colonnes, en commençant par date.',
    unreadable: 'Vos courses enregistrées n’ont pas pu être lues sur cet appareil.',
    keptEntries: (count) =>
      one(count)
        ? `${n(count)} course enregistrée n’a pas pu être lue\u00a0; elle est conservée telle quelle.`
        : `${n(count)} courses enregistrées n’ont pas pu être lues\u00a0; elles sont conservées telles quelles.`,
    newerVersion:
      'Vos courses ont été enregistrées par une version plus récente de cette page et sont conservées telles quelles. Les nouvelles courses ne sont pas enregistrées ici\u00a0: téléchargez le CSV pour les garder.',
    saveFailed:
      'Vos courses n’ont pas pu être enregistrées sur cet appareil. Elles restent jusqu’à ce que vous quittiez cette page\u00a0: téléchargez le CSV pour les garder.',
  },
};
export default fr;
