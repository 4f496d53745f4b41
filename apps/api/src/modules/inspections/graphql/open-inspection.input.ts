import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { InspectionKind } from '@duban/domain';
import { InspectionKindEnum } from './inspection-kind.enum.js';
import { UnitFilesSampledInput } from './unit-files-sampled.input.js';

@InputType()
export class OpenInspectionInput {
  @Field(() => InspectionKindEnum)
  kind!: InspectionKind;

  @Field()
  title!: string;

  @Field(() => [ID], { description: 'Inspector accounts on the team (督察组).' })
  teamUserIds!: string[];

  @Field(() => [ID])
  targetUnitIds!: string[];

  @Field({ description: 'YYYY-MM-DD, inclusive.' })
  periodStart!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive.' })
  periodEnd!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Required for CASE_FILE_REVIEW, refused for other kinds.',
  })
  filesSampled?: number | null;

  @Field(() => [UnitFilesSampledInput], {
    nullable: true,
    description: 'Optional split that adds up to filesSampled.',
  })
  filesSampledByUnit?: UnitFilesSampledInput[] | null;
}
