import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'Narrows the audit log; every given part must match.' })
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: 'The acting person.' })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: "The acting person's unit." })
  unitId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Event types, e.g. ["UserLockedOut"].' })
  types?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'From this time on (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive).' })
  to?: Date | null;
}
