/**
 * The player's interface words in English: the `player` block of the locale table. Plain data: the
 * element's module adds them to the English table when it loads (so the CDN file carries them in the
 * player's chunk only), and `npm run generate` reads their shape from here.
 */
export const playerStrings = {
  play: 'Play',
  pause: 'Pause',
  seek: 'Position in video',
  position: (elapsed: string, total: string) => `${elapsed} of ${total}`,
  speed: 'Speed',
  speedOption: (rate: number) => `${rate}×`,
  captions: 'Captions',
  captionsFailed: 'The captions could not be loaded, so there are no captions or transcript for this video.',
  stepsFailed: 'The steps could not be loaded. The video still plays from the start.',
  /**
   * Why a chapters or captions file gave nothing, naming the file: shown under the note that the steps or
   * captions could not be loaded, so whoever set up the page can fix the file. The times are examples.
   */
  trackProblems: {
    'not-found': (file: string) => `The file “${file}” was not found.`,
    unreachable: (file: string) =>
      `The file “${file}” could not be fetched: the connection failed, or its site does not allow this page to use it (CORS).`,
    srt: (file: string) =>
      `The file “${file}” looks like an SRT file: a WebVTT file starts with the line WEBVTT and writes times with a full stop (00:00:05.000), not a comma (00:00:05,000).`,
    'no-header': (file: string) =>
      `The file “${file}” does not start with the line WEBVTT, so it is not read as a WebVTT file.`,
    'comma-times': (file: string) =>
      `The file “${file}” writes times with a comma (00:00:05,000); WebVTT needs a full stop (00:00:05.000).`,
    'no-cues': (file: string) =>
      `The file “${file}” has no entry the browser can read: a line of times such as 00:00:05.000 --> 00:00:10.000, then its text.`,
  },
  notNavigable:
    'This video can only play from the start to the end: the site that holds it does not let the player jump to a step or another point.',
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
    unavailable:
      'The video could not be loaded from the site that holds it. The link may be out of date, or the connection may have dropped.',
    decode: 'The video file seems to be damaged and cannot be played.',
    'play-refused': 'The video did not start. Press Play or Try again to start it.',
    'no-source': 'No video has been set up for this player yet.',
  },
  errorSuffix: 'You can still read the transcript below.',
  /**
   * The words of each keyboard shortcut: the keys' names as printed on a keyboard, and what they do.
   * Which key runs which action is code, in one table (`SHORTCUTS` in the player's keyboard
   * controller), read by the key handler, the on-screen list and the README; its rows are named here.
   */
  keys: {
    playPause: { label: 'Space or K', what: 'Play or pause' },
    seek: { label: '← or →', what: (seconds: number) => `Back or forward ${seconds} seconds` },
    ends: { label: 'Home or End', what: 'Go to the start or the end' },
    steps: { label: 'P or N', what: 'Previous or next step' },
    speed: { label: '< or >', what: 'Slower or faster' },
    mute: { label: 'M', what: 'Mute or unmute' },
    captions: { label: 'C', what: 'Captions on or off' },
    fullScreen: { label: 'F', what: 'Full screen' },
  },
};

/** What this module adds to the English table. */
export const english = { player: playerStrings };

declare module '../../internal/strings.js' {
  interface LocaleTable {
    player: typeof playerStrings;
  }
}
