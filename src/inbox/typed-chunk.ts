/**
 * What one read of the terminal holds, for a text field. Keys pressed quickly, or typed over a
 * slow SSH connection, can reach the inbox in one read: "See you soon." and Enter as
 * "See you soon.\r". Ink hands such a read over as text, so the Enter landed in the draft as a
 * carriage return (the line redrew over itself) and nothing was sent.
 *
 * Enter sends a carriage return and Ctrl+J (the composer's new line) a line feed; a terminal
 * pastes line breaks as carriage returns. So a read whose only carriage return is its last
 * character is typing followed by Enter (a pasted single line with its line break reads the same,
 * and is sent). Carriage returns anywhere else are a pasted block: they become new lines, and
 * nothing is sent.
 */
export interface TypedChunk {
  readonly text: string;
  readonly enter: boolean;
}

export function typedChunk(input: string): TypedChunk {
  const returns = input.match(/\r/g)?.length ?? 0;
  if (input.length > 1 && returns === 1 && input.endsWith('\r'))
    return { text: input.slice(0, -1), enter: true };
  return { text: input.replace(/\r\n?/g, '\n'), enter: false };
}
