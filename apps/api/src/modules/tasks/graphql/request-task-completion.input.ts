import { Field, ID, InputType } from '@nestjs/graphql';
import { EvidenceRefInput } from '../../inspections/graphql/evidence-ref.input.js';

/** 申请办结 by the lead unit. */
@InputType()
export class RequestTaskCompletionInput {
  @Field(() => ID)
  taskId!: string;

  @Field()
  summary!: string;

  @Field(() => [EvidenceRefInput], { nullable: true, description: 'Files uploaded through POST /files.' })
  evidence?: EvidenceRefInput[] | null;
}
