import { Field, ID, InputType } from '@nestjs/graphql';
import { EvidenceRefInput } from './evidence-ref.input.js';

@InputType()
export class RequestFindingClosureInput {
  @Field(() => ID)
  findingId!: string;

  @Field()
  summary!: string;

  @Field(() => [EvidenceRefInput], { description: 'At least one file.' })
  evidence!: EvidenceRefInput[];
}
