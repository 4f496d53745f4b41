import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@duban/domain';
import { RoleEnum } from './role.enum.js';

@ObjectType({
  description:
    'An account as colleagues see it when picking or naming people: name, role and unit, nothing more.',
})
export class DirectoryUser {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;
}
