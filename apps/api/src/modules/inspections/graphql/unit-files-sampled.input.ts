import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class UnitFilesSampledInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  filesSampled!: number;
}
