import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@duban/domain';
import { RoleEnum } from './role.enum.js';

@ObjectType({ description: 'An account, as administrators see it.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field({ description: 'A disabled account cannot log in.' })
  disabled!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when logins are refused after repeated failures; null when not locked.',
  })
  lockedUntil!: Date | null;
}
