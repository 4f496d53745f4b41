import { Field, ID, InputType } from '@nestjs/graphql';
import type { FindingSeverity } from '@duban/domain';
import { EvidenceRefInput } from './evidence-ref.input.js';
import { FindingSeverityEnum } from './finding-severity.enum.js';

@InputType()
export class LogFindingInput {
  @Field(() => ID)
  inspectionId!: string;

  @Field(() => ID, { description: 'Must be a target unit of the inspection.' })
  unitId!: string;

  @Field()
  description!: string;

  @Field(() => FindingSeverityEnum)
  severity!: FindingSeverity;

  @Field()
  category!: string;

  @Field(() => [EvidenceRefInput], { nullable: true })
  evidence?: EvidenceRefInput[] | null;

  @Field({ description: 'YYYY-MM-DD: the last day on which rectification is on time.' })
  rectificationDeadline!: string;

  @Field(() => ID, { nullable: true, description: 'The task this finding concerns, if any.' })
  taskId?: string | null;
}
