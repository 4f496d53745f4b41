import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { EvidenceRefInput } from '../../inspections/graphql/evidence-ref.input.js';
import { IndicatorFigureInput } from './indicator-figure.input.js';

/** 进度反馈 by the officer's unit. */
@InputType()
export class ReportTaskProgressInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: "This unit's progress, 0-100, never lower than its last report." })
  percent!: number;

  @Field()
  narrative!: string;

  @Field(() => [IndicatorFigureInput], {
    nullable: true,
    description: 'Raw counts; rates are derived, never reported.',
  })
  figures?: IndicatorFigureInput[] | null;

  @Field(() => [EvidenceRefInput], { nullable: true, description: 'Files uploaded through POST /files.' })
  evidence?: EvidenceRefInput[] | null;
}
