import type { LocaleTable } from '../internal/pack-strings.js';

/** Spanish (Spain; a region such as `es-MX` falls back to it). Formal "usted", as in patient information. */
const number = new Intl.NumberFormat('es');
const n = (x: number) => number.format(x);
const plural = new Intl.PluralRules('es');
const one = (x: number) => plural.select(x) === 'one';
const seconds = (x: number) =>
  new Intl.NumberFormat('es', { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(x);

const es: LocaleTable = {
  byline: (author) => `Por ${author}`,
  calloutPrefix: 'Importante: ',
  notLoaded: 'Esta parte de la página no se ha podido cargar. Vuelva a cargar la página para intentarlo de nuevo.',
  quoteCredit: (author) => `— ${author}`,
  adaptedBy: (author, adapter) => `${author}, adaptado por ${adapter}`,
  notice:
    'Este artículo es información general, no un diagnóstico ni un plan personal. Para recibir consejo sobre su propia rodilla, consulte a un profesional sanitario, como un fisioterapeuta o un médico.',
  about: {
    published: (date) => `Publicado el ${date}`,
    reviewed: (date) => `Revisado por última vez el ${date}`,
    nextReview: (date) => `Próxima revisión prevista para el ${date}`,
    publisher: (name) => `Publicado por ${name}`,
    sources: 'Fuentes',
    overdue: (date) =>
      `La próxima revisión de este artículo estaba prevista para el ${date}. Los lectores no ven ningún cambio; cuando se haya revisado, actualice "nextReview" (y "reviewed") en su contenido.`,
  },
  checklist: {
    progress: (done, total) =>
      `${n(done)} de ${n(total)} ${plural.select(done) === 'one' ? 'completada' : 'completadas'}`,
    why: 'Del artículo',
    clearAll: 'Desmarcar todo',
    cleared: 'Se han quitado todas las marcas.',
    undo: 'Deshacer',
    restored: 'Marcas recuperadas.',
    notSaved: 'No se han podido guardar sus marcas en este dispositivo. Se mantienen hasta que salga de esta página.',
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
    trackProblems: {
      'not-found': (file) => `No se ha encontrado el archivo «${file}».`,
      unreachable: (file) =>
        `No se ha podido obtener el archivo «${file}»: ha fallado la conexión, o su sitio no permite que esta página lo utilice (CORS).`,
      srt: (file) =>
        `El archivo «${file}» parece un archivo SRT: un archivo WebVTT empieza con la línea WEBVTT y escribe los tiempos con punto (00:00:05.000), no con coma (00:00:05,000).`,
      'no-header': (file) =>
        `El archivo «${file}» no empieza con la línea WEBVTT, así que no se lee como archivo WebVTT.`,
      'comma-times': (file) =>
        `El archivo «${file}» escribe los tiempos con coma (00:00:05,000); WebVTT necesita un punto (00:00:05.000).`,
      'no-cues': (file) =>
        `El archivo «${file}» no tiene ninguna entrada que el navegador pueda leer: una línea de tiempos como 00:00:05.000 --> 00:00:10.000 y después su texto.`,
    },
    notNavigable:
      'Este vídeo solo se puede reproducir desde el principio hasta el final: el sitio donde está alojado no permite saltar hasta un paso ni hasta otro momento del vídeo.',
    mute: 'Silenciar',
    fullScreen: 'Pantalla completa',
    exitFullScreen: 'Salir de pantalla completa',
    steps: 'Pasos',
    step: (step, total, title) => `Paso ${n(step)} de ${n(total)}: ${title}`,
    previousStep: 'Paso anterior',
    nextStep: 'Paso siguiente',
    repeatStep: 'Repetir este paso',
    pauseAfterStep: 'Pausar después de cada paso',
    pausedAfterStep: (step, title) =>
      `En pausa al final del paso ${n(step)}: ${title}. Pulse Reproducir para continuar.`,
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
      seek: { label: '← o →', what: (s) => `Retroceder o avanzar ${seconds(s)}` },
      ends: { label: 'Inicio o Fin', what: 'Ir al principio o al final' },
      steps: { label: 'P o N', what: 'Paso anterior o siguiente' },
      speed: { label: '< o >', what: 'Más lento o más rápido' },
      mute: { label: 'M', what: 'Silenciar o activar el sonido' },
      captions: { label: 'C', what: 'Activar o desactivar los subtítulos' },
      fullScreen: { label: 'F', what: 'Pantalla completa' },
    },
  },
  runLog: {
    heading: 'Sus carreras y su rodilla',
    logHeading: 'Registrar una carrera',
    followUpHeading: 'Sus carreras recientes',
    patternHeading: 'El patrón',
    tableHeading: 'Todas las carreras',
    date: 'Fecha',
    distance: (unit) => `Distancia en ${unit} (opcional)`,
    duration: 'Duración en minutos (opcional)',
    note: 'Nota (opcional)',
    noteHint: 'Por ejemplo: recorrido con cuestas',
    series: { during: 'Durante la carrera', dayAfter: 'Al día siguiente', twoDaysAfter: 'Dos días después' },
    ask: {
      during: '¿Cómo sintió la rodilla durante la carrera?',
      dayAfter: '¿Cómo siente la rodilla al día siguiente?',
      twoDaysAfter: '¿Cómo siente la rodilla dos días después?',
    },
    askLater: {
      dayAfter: '¿Cómo sintió la rodilla al día siguiente?',
      twoDaysAfter: '¿Cómo sintió la rodilla dos días después?',
    },
    scale: '0 = sin dolor, 10 = el peor dolor que pueda imaginar',
    notRated: 'Sin valorar',
    columns: { distance: 'Distancia', duration: 'Duración', note: 'Nota', actions: 'Cambiar o eliminar' },
    add: 'Añadir carrera',
    save: 'Guardar',
    change: 'Cambiar',
    cancel: 'Cancelar',
    remove: 'Eliminar',
    deleteAll: 'Eliminar todas',
    download: 'Descargar CSV',
    print: 'Imprimir',
    import: 'Importar CSV',
    runOn: (date) => `Carrera del ${date}`,
    about: (date, text) => `Carrera del ${date}: ${text}`,
    added: (date) => `Carrera del ${date} añadida.`,
    saved: (date) => `Carrera del ${date} guardada.`,
    deleted: (date) => `Carrera del ${date} eliminada.`,
    deletedAll: 'Se han eliminado todas las carreras.',
    restored: 'Carreras recuperadas.',
    undo: 'Deshacer',
    empty: 'Aún no hay carreras registradas.',
    notYet: '–',
    page: (from, to, total) => `Carreras ${n(from)}–${n(to)} de ${n(total)}, las más recientes primero`,
    newer: 'Carreras más recientes',
    older: 'Carreras anteriores',
    patternDayAfter: (of, same) =>
      one(of)
        ? `Al día siguiente, su rodilla se sintió igual o mejor que durante la carrera en ${n(same)} de ${n(of)} carrera valorada al día siguiente.`
        : `Al día siguiente, su rodilla se sintió igual o mejor que durante la carrera en ${n(same)} de las últimas ${n(of)} carreras valoradas al día siguiente.`,
    patternTwoDays: (of, same) =>
      one(of)
        ? `Dos días después, su rodilla se sintió igual o mejor que durante la carrera en ${n(same)} de ${n(of)} carrera valorada dos días después.`
        : `Dos días después, su rodilla se sintió igual o mejor que durante la carrera en ${n(same)} de las últimas ${n(of)} carreras valoradas dos días después.`,
    noPattern: 'Valore cómo siente la rodilla al día siguiente de algunas carreras y aquí se describirá el patrón.',
    chart: (count, first, last) =>
      `Gráfico de barras de ${one(count) ? `${n(count)} carrera` : `sus últimas ${n(count)} carreras`}, del ${first} al ${last}: dolor de rodilla durante la carrera, al día siguiente y dos días después, de 0 a 10. La tabla de carreras tiene todos los números.`,
    chartLimit: (label, value) => ` Una línea marca ${label} en ${n(value)}.`,
    limitLabel: (value) => `Línea de su clínica (${n(value)})`,
    errorPrefix: 'Error: ',
    problems: {
      date: 'Fecha: introduzca una fecha válida, como 2024-05-06.',
      future: 'Fecha: no puede ser una fecha futura.',
      taken: 'Fecha: ya hay una carrera en esta fecha; cámbiela en la tabla.',
      rating: (what) => `${what}: elija un número del 0 al 10.`,
      distance: `Distancia: introduzca 0 o más, como ${n(5.2)}, o déjela vacía.`,
      unit: 'Unidad: elija km o mi.',
      duration: 'Duración: introduzca 0 o más minutos, como 35, o déjela vacía.',
      note: 'Nota: debe ser texto.',
    },
    imported: (count) => (one(count) ? `${n(count)} carrera importada.` : `${n(count)} carreras importadas.`),
    kept: (count) =>
      one(count)
        ? `${n(count)} fecha ya estaba en su registro y se ha mantenido como estaba.`
        : `${n(count)} fechas ya estaban en su registro y se han mantenido como estaban.`,
    badRow: (row, problems) => `Fila ${n(row)}: ${problems}`,
    moreRows: (count) =>
      one(count) ? `…y ${n(count)} fila más que no se pudo leer.` : `…y ${n(count)} filas más que no se pudieron leer.`,
    notCsv:
      'Este archivo no es un registro de carreras: su primera fila debe nombrar las columnas, empezando por date.',
    unreadable: 'No se han podido leer las carreras guardadas en este dispositivo.',
    keptEntries: (count) =>
      one(count)
        ? `${n(count)} carrera guardada no se pudo leer; se conserva sin cambios.`
        : `${n(count)} carreras guardadas no se pudieron leer; se conservan sin cambios.`,
    newerVersion:
      'Sus carreras se guardaron con una versión más reciente de esta página y se conservan tal cual. Las carreras nuevas no se guardan aquí: descargue el CSV para conservarlas.',
    saveFailed:
      'No se han podido guardar sus carreras en este dispositivo. Se mantienen hasta que salga de esta página: descargue el CSV para conservarlas.',
  },
};
export default es;
