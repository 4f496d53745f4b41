import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportFigure } from './report-figure.object.js';
import { ReportSection } from './report-section.object.js';

@ObjectType({ description: 'The annual report (年度法治政府建设情况报告) as of one version.' })
export class AnnualReport {
  @Field(() => ID, { description: 'The report stream, report-<year>-<taskListId or district>.' })
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'A task list id, or district for every list of the year.' })
  scope!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'Version N is the report after its N-th event.' })
  version!: number;

  @Field(() => Int)
  latestVersion!: number;

  @Field(() => [ID])
  taskListIds!: string[];

  @Field(() => [ID])
  nextYearTaskListIds!: string[];

  @Field({ description: 'The log was read as it stood at this instant.' })
  asOf!: string;

  @Field()
  generatedAt!: string;

  @Field()
  updatedAt!: string;

  @Field(() => [ReportSection])
  sections!: ReportSection[];

  @Field(() => [ReportFigure])
  figures!: ReportFigure[];

  @Field(() => Int)
  flaggedFigureCount!: number;
}
