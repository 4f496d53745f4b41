import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An extension (延期) request and how it was decided.' })
export class ExtensionRecord {
  @Field()
  currentDeadline!: string;

  @Field()
  requestedDeadline!: string;

  @Field()
  reason!: string;

  @Field()
  requestedAt!: string;

  @Field({ description: 'PENDING, APPROVED or REJECTED.' })
  outcome!: string;

  @Field(() => String, { nullable: true })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;
}
