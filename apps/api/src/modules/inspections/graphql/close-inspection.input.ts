import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CloseInspectionInput {
  @Field(() => ID)
  inspectionId!: string;

  @Field(() => String, { nullable: true })
  remarks?: string | null;
}
