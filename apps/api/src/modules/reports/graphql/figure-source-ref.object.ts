import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventActor } from './event-actor.object.js';

@ObjectType({ description: 'An event a report figure was computed from.' })
export class FigureSourceRef {
  @Field(() => ID)
  eventId!: string;

  @Field()
  streamId!: string;

  @Field(() => Int)
  streamPosition!: number;

  @Field({ description: 'Position in the global log, as a decimal string.' })
  globalPosition!: string;

  @Field()
  type!: string;

  @Field(() => EventActor)
  actor!: EventActor;

  @Field()
  recordedAt!: string;
}
