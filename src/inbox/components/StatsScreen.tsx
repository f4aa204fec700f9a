/**
 * The stats screen (key `s`): the KPIs of the last seven days, refreshed every few seconds,
 * with conversations per day as a sparkline. The numbers are the ones `chatbot stats` prints
 * (src/stats/render.ts), clipped to the terminal's width.
 */
import { Box, Text } from 'ink';
import { sparkline, summaryLines } from '../../stats/render.js';
import { clip } from '../format.js';
import useStats from '../hooks/use-stats.js';
import type { StatsLoader } from '../stats-source.js';
import { useColor } from './color.js';

export interface StatsScreenProps {
  readonly load: StatsLoader | undefined;
  readonly width: number;
  readonly height: number;
  readonly now: () => number;
}

export function StatsScreen({ load, width, height, now }: StatsScreenProps) {
  const color = useColor();
  const { report, error, loadedAt } = useStats(load, now);
  const labelWidth = 24;
  const header = `Stats · last 7 days · live${loadedAt ? ` · ${new Date(loadedAt).toISOString().slice(11, 19)} UTC` : ''}`;
  if (!load)
    return (
      <Box flexDirection="column" height={height}>
        <Text bold>{header}</Text>
        <Text>Stats need the server's operator API; they are not available here.</Text>
      </Box>
    );
  if (!report)
    return (
      <Box flexDirection="column" height={height}>
        <Text bold>{header}</Text>
        <Text>{error ? `Stats could not be loaded: ${error}` : 'Loading…'}</Text>
      </Box>
    );
  const days = report.perDay;
  const first = days[0]?.day.slice(5) ?? '';
  const last = days[days.length - 1]?.day.slice(5) ?? '';
  const lines = summaryLines(report.total).slice(0, Math.max(0, height - 5));
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>{clip(header, width)}</Text>
      <Text>
        {'Conversations per day'.padEnd(labelWidth)}
        <Text color={color('cyan')}>{sparkline(days.map((day) => day.conversations))}</Text>
        <Text
          dimColor
        >{`  ${first} → ${last}, ${days.map((day) => day.conversations).join(' ')}`}</Text>
      </Text>
      <Text> </Text>
      {lines.map(([label, value]) => (
        <Text key={label}>
          <Text bold>{label.padEnd(labelWidth)}</Text>
          {clip(value, Math.max(10, width - labelWidth))}
        </Text>
      ))}
      {error ? (
        <Text color={color('yellow')}>{clip(`Refresh failed: ${error}`, width)}</Text>
      ) : null}
      <Text dimColor>
        {clip('s or Esc: back to the chats · chatbot stats --by day for more', width)}
      </Text>
    </Box>
  );
}
