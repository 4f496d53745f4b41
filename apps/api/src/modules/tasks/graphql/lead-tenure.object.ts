import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A period in which a unit led the task; handoffs (转办) end one and start the next.',
})
export class LeadTenure {
  @Field(() => ID)
  unitId!: string;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field()
  from!: string;

  @Field(() => String, { nullable: true, description: 'Null while the unit still leads.' })
  to!: string | null;

  @Field(() => Float, { description: 'Days held: up to `to`, the completion, or now.' })
  days!: number;
}
