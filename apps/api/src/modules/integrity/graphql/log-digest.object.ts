import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A digest of every stream head of the event log, recorded as an event and chained to the digest before it. Publish its root outside the system; a later rewrite of the log then shows.',
})
export class LogDigest {
  @Field(() => ID)
  eventId!: string;

  @Field(() => Int, { description: 'Position in the integrity-digests stream (0 = first digest).' })
  sequence!: number;

  @Field()
  recordedAt!: Date;

  @Field({ description: 'Hash of the digest event itself (sha256, hex).' })
  hash!: string;

  @Field({ description: 'sha256 over the sorted stream heads (hex).' })
  root!: string;

  @Field()
  algorithm!: string;

  @Field(() => Int)
  streamCount!: number;

  @Field(() => Int, { description: 'Events of the global log the digest covers, from the start.' })
  eventCount!: number;

  @Field({ description: 'Checkpoint of the last covered event ("transaction:position").' })
  checkpoint!: string;

  @Field({ description: 'Hash of the previous digest event; 64 zeros for the first.' })
  previousDigestHash!: string;

  @Field({ description: 'A short text to publish as an anchor.' })
  anchorText!: string;
}
