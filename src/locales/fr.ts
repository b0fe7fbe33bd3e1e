import type { LocaleTable } from '../internal/pack-strings.js';

/** French. A no-break space (U+00A0) before a colon, as French typography wants. */
const number = new Intl.NumberFormat('fr');
const n = (x: number) => number.format(x);
const plural = new Intl.PluralRules('fr');
const seconds = (x: number) => new Intl.NumberFormat('fr', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(x);

const fr: LocaleTable = {
  byline: (author) => `Par ${author}`,
  calloutPrefix: 'Important\u00a0: ',
  checklist: {
    // French counts 0 and 1 as singular: "0 case cochée sur 6", "2 cases cochées sur 6".
    progress: (done, total) => `${n(done)} ${plural.select(done) === 'one' ? 'case cochée' : 'cases cochées'} sur ${n(total)}`,
    why: 'Extrait de l’article',
    quoteCredit: (author) => `— ${author}`,
    clearAll: 'Tout décocher',
    cleared: 'Toutes les cases ont été décochées.',
    undo: 'Annuler',
    restored: 'Cases cochées rétablies.',
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
    captionsFailed: 'Les sous-titres n’ont pas pu être chargés\u00a0: cette vidéo n’a donc ni sous-titres ni transcription.',
    stepsFailed: 'Les étapes n’ont pas pu être chargées. La vidéo peut tout de même être lue depuis le début.',
    mute: 'Couper le son',
    fullScreen: 'Plein écran',
    exitFullScreen: 'Quitter le plein écran',
    steps: 'Étapes',
    step: (step, total, title) => `Étape ${n(step)} sur ${n(total)}\u00a0: ${title}`,
    previousStep: 'Étape précédente',
    nextStep: 'Étape suivante',
    repeatStep: 'Répéter cette étape',
    pauseAfterStep: 'Pause après chaque étape',
    pausedAfterStep: (step, title) => `En pause à la fin de l’étape ${n(step)}\u00a0: ${title}. Appuyez sur Lire pour continuer.`,
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
      unavailable: 'La vidéo n’a pas pu être chargée depuis le site qui l’héberge. Le lien n’est peut-être plus à jour, ou la connexion a été interrompue.',
      decode: 'Le fichier vidéo semble endommagé et ne peut pas être lu.',
      'play-refused': 'La vidéo n’a pas démarré. Appuyez sur Lire ou Réessayer pour la lancer.',
      'no-source': 'Aucune vidéo n’a encore été configurée pour ce lecteur.',
    },
    errorSuffix: 'Vous pouvez toujours lire la transcription ci-dessous.',
    keys: {
      playPause: { label: 'Espace ou K', what: 'Lire ou mettre en pause' },
      seek: { label: '← ou →', what: `Reculer ou avancer de ${seconds(5)}` },
      ends: { label: 'Début ou Fin', what: 'Aller au début ou à la fin' },
      steps: { label: 'P ou N', what: 'Étape précédente ou suivante' },
      speed: { label: '< ou >', what: 'Plus lent ou plus rapide' },
      mute: { label: 'M', what: 'Couper ou rétablir le son' },
      captions: { label: 'C', what: 'Activer ou désactiver les sous-titres' },
      fullScreen: { label: 'F', what: 'Plein écran' },
    },
  },
};
export default fr;
