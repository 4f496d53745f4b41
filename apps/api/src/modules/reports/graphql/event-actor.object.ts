import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who recorded an event.' })
export class EventActor {
  @Field(() => ID)
  userId!: string;

  @Field()
  role!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;
}
