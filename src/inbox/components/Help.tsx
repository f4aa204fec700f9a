import { Box, Text } from 'ink';
import { padToWidth } from '../text-layout.js';

export const keys: readonly [string, string][] = [
  ['↑/↓  j/k', 'move in the list'],
  ['Enter', 'open the selected chat'],
  ['t', 'take over: the bot stops, the chat is yours'],
  ['b  r', 'hand back to the bot; resolve'],
  ['c  i', 'write a reply; Enter sends, Esc leaves'],
  ['Alt+Enter  Ctrl+J', 'new line in a reply'],
  ['/ (in a reply)', 'canned replies: type / and a shortcut, Tab or Enter inserts'],
  ['/file <path>', 'in a reply: sends that file (image or PDF, within the upload limit)'],
  ['n  #', 'a private note on the chat (never shown to the visitor); a tag'],
  ['A', 'assign the chat to an operator (agents: pass yours on)'],
  ['h', "the person's earlier chats (same visitor, email or phone); Enter reads one"],
  ['f', 'filter: all, waiting, asked, bot, human, resolved'],
  ['F', 'filter: country:ES source: page: topic: priority: since:7d archived'],
  ['Space  a', 'mark chats; archive the marked ones (or the selected one)'],
  ['o  v', 'sort: waiting first, most recent, newest; columns shown'],
  ['m  x', 'whose chats: all, mine, unassigned; hide or show API chats'],
  ['/', 'search by name, email, phone, page or text; Esc clears'],
  ['s', 'stats: the last 7 days, live; s or Esc goes back'],
  ['?', 'this help'],
  ['q  Ctrl+C', 'quit'],
];

export function Help({ height }: { readonly height: number }) {
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>Keys</Text>
      {keys.map(([key, what]) => (
        <Text key={key}>
          <Text bold>{padToWidth(key, 20)}</Text>
          {what}
        </Text>
      ))}
      <Text dimColor>
        A chat entering "waiting", or one assigned to you, rings the terminal bell. ASKED: the
        visitor asked for a person outside business hours (or nobody came) and the bot kept the
        chat; t takes it. Press ? or Esc to go back.
      </Text>
    </Box>
  );
}
