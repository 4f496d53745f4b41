import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DerivedRateObject } from '../../tasks/graphql/derived-rate.object.js';
import { Figure } from '../../tasks/graphql/figure.object.js';
import { IndicatorDefinitionObject } from '../../tasks/graphql/indicator-definition.object.js';
import { IndicatorViolationObject } from './indicator-violation.object.js';

@ObjectType({ description: 'Figures with their derived rates and the consistency rules they break.' })
export class FigureSet {
  @Field(() => [Figure])
  figures!: Figure[];

  @Field(() => [DerivedRateObject])
  rates!: DerivedRateObject[];

  @Field(() => [IndicatorViolationObject])
  violations!: IndicatorViolationObject[];
}

@ObjectType({ description: "One unit's latest figures for a task's indicators." })
export class UnitFigureSet extends FigureSet {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;
}

@ObjectType({
  description: "A task's indicators: per unit figures and the district total (the sum over units).",
})
export class TaskIndicatorFigures {
  @Field(() => ID)
  taskId!: string;

  @Field()
  title!: string;

  @Field()
  area!: string;

  @Field(() => [IndicatorDefinitionObject])
  indicators!: IndicatorDefinitionObject[];

  @Field(() => [UnitFigureSet])
  units!: UnitFigureSet[];

  @Field(() => FigureSet)
  totals!: FigureSet;
}
