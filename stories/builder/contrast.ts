/**
 * WCAG 2 contrast for the snippet builder: colours as the browser paints them (any CSS syntax, read back
 * from a canvas), their contrast ratio, and a nearby colour that passes.
 */
export type Rgb = [number, number, number];

let context: CanvasRenderingContext2D | null | undefined;

/** The sRGB bytes the browser paints for a CSS colour. */
export function painted(color: string): Rgb {
  context ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return [0, 0, 0];
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

export const hex = (rgb: Rgb): string => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance (WCAG 2). */
export function luminance(rgb: Rgb): number {
  const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2]);
}

/** Contrast ratio of two colours, 1 to 21. */
export function ratio(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** AA for normal text. */
export const AA = 4.5;

/**
 * The closest shade of `color` (mixed with black, or with white, in steps of 2 %) that reaches `target`
 * against `other`, and whether it had to get darker; `undefined` if neither direction reaches it.
 */
export function passingShade(color: Rgb, other: Rgb, target = AA + 0.1): { rgb: Rgb; darker: boolean } | undefined {
  const mix = (to: number, t: number): Rgb => color.map((v) => Math.round(v + (to - v) * t)) as Rgb;
  // try the direction that moves away from the other colour first
  const order = luminance(other) > luminance(color) ? [0, 255] : [255, 0];
  for (const to of order)
    for (let t = 0.02; t <= 1.0001; t += 0.02) {
      const rgb = mix(to, t);
      if (ratio(rgb, other) >= target) return { rgb, darker: to === 0 };
    }
  return undefined;
}
