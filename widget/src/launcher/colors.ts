/**
 * Colours derived from the accent a site picks, so that whatever it is, text stays readable
 * (WCAG AA, 4.5:1).
 */
type Rgb = readonly [number, number, number];

const parse = (hex: string): Rgb => {
  const full =
    hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex.slice(0, 7);
  return [1, 3, 5].map((offset) => Number.parseInt(full.slice(offset, offset + 2), 16)) as never;
};

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const contrast = (a: Rgb, b: Rgb) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const hexOf = (rgb: Rgb) =>
  `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

/** Text on the accent colour: white or near-black, whichever has the higher contrast with it. */
export function textOn(hex: string): string {
  const accent = parse(hex);
  return contrast(accent, [255, 255, 255]) >= contrast(accent, [17, 24, 39])
    ? '#ffffff'
    : '#111827';
}

/**
 * Links in the chat's light bubbles take the accent colour; a light accent (a yellow, a pale
 * green) is darkened just enough to read on the bot's grey bubble, the darkest of them.
 */
export function linkOnLight(hex: string): string {
  const bubble: Rgb = [243, 244, 246];
  let color = parse(hex);
  for (let step = 0; step < 20 && contrast(color, bubble) < 4.5; step++)
    color = color.map((value) => value * 0.9) as unknown as Rgb;
  return hexOf(color);
}
