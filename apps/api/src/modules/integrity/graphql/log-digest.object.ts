import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A signed digest of every stream head and of the order of the event log, recorded as an event, numbered and chained to the digest before it, and copied to the digest file outside the database. Publish it outside the system; a later rewrite of the log then shows.',
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

  @Field(() => String, {
    nullable: true,
    description: 'Running hash over the covered events in global order (null on first-version digests).',
  })
  logHash!: string | null;

  @Field(() => String, { nullable: true, description: 'Which Ed25519 key signed the digest.' })
  keyId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Base64 Ed25519 signature; null on first-version digests.',
  })
  signature!: string | null;

  @Field({ description: 'A short text to publish as an anchor.' })
  anchorText!: string;
}
