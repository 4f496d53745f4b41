import { Field, InputType } from '@nestjs/graphql';
import { IndicatorDefinitionInput } from './indicator-definition.input.js';
import { RateDefinitionInput } from './rate-definition.input.js';

/** The indicators of a task and the rates derived from them. */
@InputType()
export class IndicatorSetInput {
  @Field(() => [IndicatorDefinitionInput])
  indicators!: IndicatorDefinitionInput[];

  @Field(() => [RateDefinitionInput], { nullable: true })
  rates?: RateDefinitionInput[] | null;
}
