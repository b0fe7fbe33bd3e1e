import type { LocaleTable } from '../internal/pack-strings.js';

/** Spanish (Spain; a region such as `es-MX` falls back to it). Formal "usted", as in patient information. */
const number = new Intl.NumberFormat('es');
const n = (x: number) => number.format(x);
const plural = new Intl.PluralRules('es');
const seconds = (x: number) => new Intl.NumberFormat('es', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(x);

const es: LocaleTable = {
  byline: (author) => `Por ${author}`,
  calloutPrefix: 'Importante: ',
  checklist: {
    progress: (done, total) => `${n(done)} de ${n(total)} ${plural.select(done) === 'one' ? 'completada' : 'completadas'}`,
    why: 'Del artículo',
    quoteCredit: (author) => `— ${author}`,
    clearAll: 'Desmarcar todo',
    cleared: 'Se han quitado todas las marcas.',
    undo: 'Deshacer',
    restored: 'Marcas recuperadas.',
    printDone: '☑',
    printNotDone: '☐',
  },
  player: {
    play: 'Reproducir',
    pause: 'Pausar',
    seek: 'Posición en el vídeo',
    position: (elapsed, total) => `${elapsed} de ${total}`,
    speed: 'Velocidad',
    speedOption: (rate) => `${n(rate)}×`,
    captions: 'Subtítulos',
    captionsFailed: 'No se han podido cargar los subtítulos, así que este vídeo no tiene subtítulos ni transcripción.',
    stepsFailed: 'No se han podido cargar los pasos. El vídeo se puede reproducir igualmente desde el principio.',
    mute: 'Silenciar',
    fullScreen: 'Pantalla completa',
    exitFullScreen: 'Salir de pantalla completa',
    steps: 'Pasos',
    step: (step, total, title) => `Paso ${n(step)} de ${n(total)}: ${title}`,
    previousStep: 'Paso anterior',
    nextStep: 'Paso siguiente',
    repeatStep: 'Repetir este paso',
    pauseAfterStep: 'Pausar después de cada paso',
    pausedAfterStep: (step, title) => `En pausa al final del paso ${n(step)}: ${title}. Pulse Reproducir para continuar.`,
    transcript: 'Transcripción',
    shortcuts: 'Atajos de teclado',
    loading: 'Cargando…',
    resume: (at) => `Continuar desde ${at}`,
    startOver: 'Empezar desde el principio',
    retry: 'Volver a intentarlo',
    frame: (label) => `${label}: vídeo. Pulse Espacio o K para reproducir o pausar.`,
    videoAddress: (url) => `Vídeo: ${url}`,
    errors: {
      'not-found': 'No se ha encontrado el vídeo. Puede que el enlace esté desactualizado.',
      unsupported: 'Este vídeo no se puede reproducir en este navegador.',
      network: 'El vídeo ha dejado de cargarse. Compruebe su conexión a internet y vuelva a intentarlo.',
      unavailable:
        'No se ha podido cargar el vídeo desde el sitio donde está alojado. Puede que el enlace esté desactualizado o que se haya cortado la conexión.',
      decode: 'El archivo de vídeo parece dañado y no se puede reproducir.',
      'play-refused': 'El vídeo no se ha iniciado. Pulse Reproducir o Volver a intentarlo para iniciarlo.',
      'no-source': 'Todavía no se ha configurado ningún vídeo para este reproductor.',
    },
    errorSuffix: 'Puede seguir leyendo la transcripción más abajo.',
    keys: {
      playPause: { label: 'Espacio o K', what: 'Reproducir o pausar' },
      seek: { label: '← o →', what: `Retroceder o avanzar ${seconds(5)}` },
      ends: { label: 'Inicio o Fin', what: 'Ir al principio o al final' },
      steps: { label: 'P o N', what: 'Paso anterior o siguiente' },
      speed: { label: '< o >', what: 'Más lento o más rápido' },
      mute: { label: 'M', what: 'Silenciar o activar el sonido' },
      captions: { label: 'C', what: 'Activar o desactivar los subtítulos' },
      fullScreen: { label: 'F', what: 'Pantalla completa' },
    },
  },
};
export default es;
