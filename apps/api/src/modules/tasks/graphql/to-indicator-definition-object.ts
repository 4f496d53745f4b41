import { indicatorKindOf, indicatorScaleOf } from '@duban/domain';
import type { IndicatorDefinition } from '@duban/domain';
import type { IndicatorDefinitionObject } from './indicator-definition.object.js';

/** An indicator as GraphQL shows it: kind and scale spelled out, also for definitions recorded before kinds. */
export const toIndicatorDefinitionObject = (d: IndicatorDefinition): IndicatorDefinitionObject => ({
  id: d.id,
  name: d.name,
  unitOfMeasure: d.unitOfMeasure,
  kind: indicatorKindOf(d),
  scale: indicatorScaleOf(d),
  target: d.target ?? null,
  partOf: d.partOf ?? null,
  sumOf: d.sumOf ?? [],
});
