import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum IntegrityBreakKindEnum {
  CONTENT_ALTERED = 'CONTENT_ALTERED',
  HASH_ALTERED = 'HASH_ALTERED',
  EVENT_MISSING = 'EVENT_MISSING',
  REORDERED = 'REORDERED',
  DIGEST_MISMATCH = 'DIGEST_MISMATCH',
  DIGEST_MISSING = 'DIGEST_MISSING',
  DIGEST_UNSIGNED = 'DIGEST_UNSIGNED',
}

registerEnumType(IntegrityBreakKindEnum, {
  name: 'IntegrityBreakKind',
  description:
    'CONTENT_ALTERED: the event no longer matches its hash. HASH_ALTERED: only its stored hash changed. EVENT_MISSING: a stream position is absent. REORDERED: positions no longer follow recording order. DIGEST_MISMATCH: a recorded digest no longer matches the log, its global order, its sequence, the digest chain or the digest file. DIGEST_MISSING: no signed digest covers the log, or one the digest file lists is gone. DIGEST_UNSIGNED: a digest carries no signature the signing key accepts.',
});

@ObjectType({ description: 'Where the hash chain of the event log breaks.' })
export class IntegrityBreak {
  @Field(() => IntegrityBreakKindEnum)
  kind!: IntegrityBreakKindEnum;

  @Field()
  streamId!: string;

  @Field(() => Int, {
    description: 'The position where the chain breaks (for EVENT_MISSING: the missing one).',
  })
  streamPosition!: number;

  @Field(() => ID, { nullable: true })
  eventId!: string | null;

  @Field(() => String, { nullable: true, description: 'The hash (or digest root) the chain requires.' })
  expected!: string | null;

  @Field(() => String, { nullable: true, description: 'The hash (or digest root) found.' })
  found!: string | null;

  @Field(() => String, { nullable: true })
  checkpoint!: string | null;

  @Field()
  message!: string;

  @Field({ description: 'An administrator acknowledged this break; it no longer refuses writes.' })
  acknowledged!: boolean;
}
