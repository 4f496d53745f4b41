import { useT } from '../../../app/i18n/useT.js';
import type { TrafficLight } from '../../../generated/graphql.js';

const COLOURS: Record<TrafficLight, string> = { GREEN: '#16a34a', YELLOW: '#d97706', RED: '#dc2626' };

/** A traffic light with its word next to it: colour alone would say nothing to a screen reader or to colour-blind readers. */
export default function TrafficLightBadge({
  light,
  namespace = 'dashboard',
}: {
  light: TrafficLight;
  namespace?: 'dashboard' | 'tasks';
}) {
  const t = useT();
  const text =
    namespace === 'dashboard' ? t(`dashboard.trafficLight.${light}`) : t(`tasks.trafficLight.${light}`);
  return (
    <span
      data-light={light}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}
    >
      <span
        aria-hidden
        style={{
          width: 8,
          height: 8,
          borderRadius: '50%',
          background: COLOURS[light],
          display: 'inline-block',
        }}
      />
      {text}
    </span>
  );
}
