/** Addresses of the sample clip and its tracks, resolved against content/sample/. */
export declare const SAMPLE: Readonly<{
  webm: string;
  mp4: string;
  poster: string;
  captions: string;
  chapters: string;
}>;
