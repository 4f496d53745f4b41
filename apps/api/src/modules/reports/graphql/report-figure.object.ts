import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { FigureSourceRef } from './figure-source-ref.object.js';
import { ReportFigureKindEnum, ReportFigureStatusEnum } from './report-enums.js';
import { ReportFigureFlag } from './report-figure-flag.object.js';

@ObjectType({ description: 'A figure of the annual report and the events it was computed from.' })
export class ReportFigure {
  @Field(() => ID, { description: 'Unique across reports: pass it to figureSources.' })
  id!: string;

  @Field({ description: 'Stable within the report across versions, e.g. task/<taskId>/<indicatorId>.' })
  key!: string;

  @Field(() => ID)
  sectionId!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true, description: 'The task or inspection the figure is about.' })
  context!: string | null;

  @Field(() => ReportFigureKindEnum)
  kind!: ReportFigureKindEnum;

  @Field(() => Float, { nullable: true, description: 'The count, or a rate as a percentage (one decimal).' })
  value!: number | null;

  @Field()
  unitOfMeasure!: string;

  @Field(() => Float, { nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true })
  denominator!: number | null;

  @Field(() => ReportFigureStatusEnum)
  status!: ReportFigureStatusEnum;

  @Field(() => [ReportFigureFlag])
  flags!: ReportFigureFlag[];

  @Field(() => [FigureSourceRef])
  sources!: FigureSourceRef[];
}
