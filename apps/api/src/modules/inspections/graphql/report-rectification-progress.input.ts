import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EvidenceRefInput } from './evidence-ref.input.js';

@InputType()
export class ReportRectificationProgressInput {
  @Field(() => ID)
  findingId!: string;

  @Field()
  narrative!: string;

  @Field(() => Int, { description: '0 to 100.' })
  percent!: number;

  @Field(() => [EvidenceRefInput], { nullable: true })
  evidence?: EvidenceRefInput[] | null;
}
