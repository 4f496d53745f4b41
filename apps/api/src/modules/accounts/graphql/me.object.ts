import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@duban/domain';
import { RoleEnum } from './role.enum.js';

@ObjectType({ description: 'The logged-in person.' })
export class Me {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The unit a unit officer acts for.' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;
}
