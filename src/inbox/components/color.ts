import { createContext, useContext } from 'react';

/** Whether to colour: off with NO_COLOR, TERM=dumb or when not on a terminal. */
export const ColorContext = createContext(true);

/** A colour prop, or nothing when colours are off (state stays readable from its label). */
export function useColor(): (color: string | undefined) => string | undefined {
  const enabled = useContext(ColorContext);
  return (color) => (enabled ? color : undefined);
}
