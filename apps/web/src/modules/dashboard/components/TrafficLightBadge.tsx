import { Badge } from 'antd';
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
  return <Badge color={COLOURS[light]} text={text} data-light={light} />;
}
