import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ChangePasswordInput {
  @Field(() => ID, { description: 'Whose password; administrators may give anyone, others only themselves.' })
  userId!: string;

  @Field()
  newPassword!: string;

  @Field(() => String, { nullable: true, description: 'Required when changing your own password.' })
  currentPassword?: string | null;
}
