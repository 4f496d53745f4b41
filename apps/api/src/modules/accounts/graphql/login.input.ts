import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class LoginInput {
  @Field()
  username!: string;

  @Field()
  password!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The deviceToken of an earlier successful login on this device: with the right password it passes a lock that failed attempts by others set.',
  })
  deviceToken?: string | null;
}
