/**
 * Text on the accent colour must stay readable whatever colour a site picks: white or near-black,
 * whichever has the higher WCAG contrast with it.
 */
export function textOn(hex: string): string {
  const full =
    hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex.slice(0, 7);
  const channel = (offset: number) => {
    const value = Number.parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithDark = (luminance + 0.05) / 0.0611;
  return contrastWithWhite >= contrastWithDark ? '#ffffff' : '#111827';
}
