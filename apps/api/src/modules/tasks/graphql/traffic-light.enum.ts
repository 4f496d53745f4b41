import { registerEnumType } from '@nestjs/graphql';
import type { TrafficLight } from '@duban/domain';

export const TrafficLightEnum: { [L in TrafficLight]: L } = { GREEN: 'GREEN', YELLOW: 'YELLOW', RED: 'RED' };

registerEnumType(TrafficLightEnum, {
  name: 'TrafficLight',
  description:
    'GREEN on track, YELLOW due within DUBAN_YELLOW_DAYS days, RED overdue; derived from the clock.',
});
