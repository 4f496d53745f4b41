import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportChangeEnum, ReportFigureStatusEnum, TextSegmentOpEnum } from './report-enums.js';

@ObjectType()
export class TextSegment {
  @Field(() => TextSegmentOpEnum)
  op!: TextSegmentOpEnum;

  @Field()
  text!: string;
}

@ObjectType({ description: 'A section whose text differs between two versions.' })
export class SectionDiff {
  @Field(() => ID)
  sectionId!: string;

  @Field()
  heading!: string;

  @Field(() => ReportChangeEnum)
  change!: ReportChangeEnum;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;

  @Field(() => [TextSegment], { description: 'Sentence by sentence.' })
  segments!: TextSegment[];
}

@ObjectType()
export class FigureSnapshot {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => ReportFigureStatusEnum)
  status!: ReportFigureStatusEnum;
}

@ObjectType({ description: 'A figure whose value or status differs between two versions.' })
export class FigureDiff {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => ReportChangeEnum)
  change!: ReportChangeEnum;

  @Field(() => FigureSnapshot, { nullable: true })
  before!: FigureSnapshot | null;

  @Field(() => FigureSnapshot, { nullable: true })
  after!: FigureSnapshot | null;
}

@ObjectType()
export class AnnualReportDiff {
  @Field(() => Int)
  fromVersion!: number;

  @Field(() => Int)
  toVersion!: number;

  @Field(() => [SectionDiff])
  sections!: SectionDiff[];

  @Field(() => [FigureDiff])
  figures!: FigureDiff[];
}
