/**
 * Every word the library itself shows (not the article's): one place to read, review or translate.
 * These are interface words only; they make no claim about knees or running.
 */
export const strings = {
  byline: (author: string) => `By ${author}`,
  calloutPrefix: 'Important: ',
  checklist: {
    progress: (done: number, total: number) => `${done} of ${total} done`,
    why: 'From the article',
    quoteCredit: (author: string) => `— ${author}`,
    clearAll: 'Clear all',
    cleared: 'All ticks cleared.',
    undo: 'Undo',
    restored: 'Ticks restored.',
    printDone: '☑',
    printNotDone: '☐',
  },
  player: {
    play: 'Play',
    pause: 'Pause',
    seek: 'Position in video',
    position: (elapsed: string, total: string) => `${elapsed} of ${total}`,
    speed: 'Speed',
    speedOption: (rate: number) => `${rate}×`,
    captions: 'Captions',
    captionsFailed: 'The captions could not be loaded, so there are no captions or transcript for this video.',
    stepsFailed: 'The steps could not be loaded. The video still plays from the start.',
    mute: 'Mute',
    fullScreen: 'Full screen',
    exitFullScreen: 'Exit full screen',
    steps: 'Steps',
    step: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
    previousStep: 'Previous step',
    nextStep: 'Next step',
    repeatStep: 'Repeat this step',
    pauseAfterStep: 'Pause after each step',
    pausedAfterStep: (n: number, title: string) => `Paused at the end of step ${n}: ${title}. Press Play to continue.`,
    transcript: 'Transcript',
    shortcuts: 'Keyboard shortcuts',
    loading: 'Loading…',
    resume: (at: string) => `Resume from ${at}`,
    startOver: 'Start from the beginning',
    retry: 'Try again',
    frame: (label: string) => `${label}: video. Press Space or K to play or pause.`,
    videoAddress: (url: string) => `Video: ${url}`,
    errors: {
      'not-found': 'The video could not be found. The link to it may be out of date.',
      unsupported: 'This video cannot be played in this browser.',
      network: 'The video stopped loading. Check your internet connection, then try again.',
      unavailable: 'The video could not be loaded from the site that holds it. The link may be out of date, or the connection may have dropped.',
      decode: 'The video file seems to be damaged and cannot be played.',
      'play-refused': 'The video did not start. Press Play or Try again to start it.',
      'no-source': 'No video has been set up for this player yet.',
    },
    errorSuffix: 'You can still read the transcript below.',
    /**
     * The keyboard shortcuts, in one table: the key handler, the on-screen list and the docs read it.
     * `keys` maps each `KeyboardEvent.key` (letters in lower case) to the action it runs.
     */
    keys: [
      { label: 'Space or K', what: 'Play or pause', keys: { ' ': 'playPause', k: 'playPause' } },
      { label: '← or →', what: 'Back or forward 5 seconds', keys: { ArrowLeft: 'back', ArrowRight: 'forward' } },
      { label: 'Home or End', what: 'Go to the start or the end', keys: { Home: 'start', End: 'end' } },
      { label: 'P or N', what: 'Previous or next step', keys: { p: 'previousStep', n: 'nextStep' } },
      { label: '< or >', what: 'Slower or faster', keys: { '<': 'slower', '>': 'faster' } },
      { label: 'M', what: 'Mute or unmute', keys: { m: 'mute' } },
      { label: 'C', what: 'Captions on or off', keys: { c: 'captions' } },
      { label: 'F', what: 'Full screen', keys: { f: 'fullScreen' } },
    ] as const,
  },
};
