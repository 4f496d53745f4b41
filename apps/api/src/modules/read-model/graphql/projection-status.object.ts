import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How far a projection has got through the event log.' })
export class ProjectionStatusObject {
  @Field()
  name!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Last event applied, as "transactionId:globalPosition".' })
  checkpoint!: string;

  @Field(() => Int, { description: 'Events in the log not yet applied.' })
  lagEvents!: number;

  @Field(() => Float, {
    description: 'Age in milliseconds of the oldest event not yet applied; 0 when caught up.',
  })
  lagMs!: number;

  @Field({ description: 'Some API instance is running this projection.' })
  active!: boolean;

  @Field({ description: 'A rebuild is in progress.' })
  rebuilding!: boolean;
}
