import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An urge (催办), by the office or automatic before or after the deadline.' })
export class UrgeRecord {
  @Field({ description: 'MANUAL or AUTOMATIC.' })
  mode!: string;

  @Field(() => String, { nullable: true })
  threshold!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field()
  urgedBy!: string;

  @Field()
  urgedAt!: string;

  @Field()
  deadline!: string;
}
