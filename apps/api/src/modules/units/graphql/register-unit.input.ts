import { Field, ID, InputType } from '@nestjs/graphql';
import type { UnitKind } from '@duban/domain';
import { UnitKindEnum } from './unit-kind.enum.js';

/** A new responsible unit. */
@InputType()
export class RegisterUnitInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A short stable code (lower-case letters, digits, dashes); generated when left out.',
  })
  unitId?: string | null;

  @Field()
  name!: string;

  @Field(() => UnitKindEnum)
  kind!: UnitKind;
}
