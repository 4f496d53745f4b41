import { useEffect, useState } from 'react';

/** True from the first idle moment after the page has painted: heavy widgets wait for it. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let cancelled = false;
    // Two frames: the first runs before the paint, the second after it.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (!cancelled) setPainted(true);
      }),
    );
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, []);
  return painted;
}
