import { Field, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@duban/domain';
import { RoleEnum } from './role.enum.js';

@InputType()
export class RegisterUserInput {
  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for UNIT_OFFICER, absent otherwise.' })
  unitId?: string | null;

  @Field()
  password!: string;
}
