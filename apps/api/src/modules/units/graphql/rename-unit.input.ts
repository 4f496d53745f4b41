import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RenameUnitInput {
  @Field(() => ID)
  unitId!: string;

  @Field()
  name!: string;
}
