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
    transcriptMissing: 'No se ha podido cargar la transcripción.',
    shortcuts: 'Atajos de teclado',
    loading: 'Cargando…',
    resume: (at) => `Continuar desde ${at}`,
    startOver: 'Empezar desde el principio',
    retry: 'Volver a intentarlo',
    frame: (label) => `${label}: vídeo. Pulse Espacio o K para reproducir o pausar.`,
    errors: {
      'not-found': 'No se ha encontrado el vídeo. Puede que el enlace esté desactualizado.',
      unsupported: 'Este vídeo no se puede reproducir en este navegador.',
      network: 'El vídeo ha dejado de cargarse. Compruebe su conexión a internet y vuelva a intentarlo.',
      decode: 'El archivo de vídeo parece dañado y no se puede reproducir.',
      'play-refused': 'El vídeo no se ha iniciado. Pulse Reproducir o Volver a intentarlo para iniciarlo.',
      'no-source': 'Todavía no se ha configurado ningún vídeo para este reproductor.',
    },
    errorSuffix: 'Puede seguir leyendo la transcripción más abajo.',
    keys: [
      ['Espacio o K', 'Reproducir o pausar'],
      ['← o →', `Retroceder o avanzar ${seconds(5)}`],
      ['Inicio o Fin', 'Ir al principio o al final'],
      ['P o N', 'Paso anterior o siguiente'],
      ['< o >', 'Más lento o más rápido'],
      ['M', 'Silenciar o activar el sonido'],
      ['C', 'Activar o desactivar los subtítulos'],
      ['F', 'Pantalla completa'],
    ],
  },
};
export default es;
