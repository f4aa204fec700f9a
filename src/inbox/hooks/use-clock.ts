import { useEffect, useState } from 'react';

/** The time, ticking once a second: waiting times in the list and the header count up. */
export default function useClock(now: () => number): number {
  const [clockNow, setClockNow] = useState(now());
  useEffect(() => {
    const timer = setInterval(() => setClockNow(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  return clockNow;
}
