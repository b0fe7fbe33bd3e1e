// The sample clip and its tracks, in one place for the stories, the browser tests and the plain test
// pages. Each address is resolved against this file, so it holds wherever content/sample/ is served:
// the test server, Storybook (Vite turns `new URL('…', import.meta.url)` into an asset address) and a
// built Storybook. The clip is a labelled stand-in made by make-sample.sh; a clinic uses its own video.

export const SAMPLE = Object.freeze({
  webm: new URL('./sample.webm', import.meta.url).href,
  mp4: new URL('./sample.mp4', import.meta.url).href,
  poster: new URL('./poster.jpg', import.meta.url).href,
  captions: new URL('./captions.vtt', import.meta.url).href,
  chapters: new URL('./chapters.vtt', import.meta.url).href,
});

// A plain HTML page (no build step, no inline script under a strict CSP) loads this file as a module and
// marks its players with `data-sample`: they get the sample's video, poster, captions and chapters.
if (typeof document !== 'undefined') {
  for (const player of document.querySelectorAll('knee-exercise-player[data-sample]')) {
    player.setAttribute('src', SAMPLE.webm);
    player.setAttribute('poster', SAMPLE.poster);
    player.setAttribute('captions', SAMPLE.captions);
    player.setAttribute('chapters', SAMPLE.chapters);
  }
}
