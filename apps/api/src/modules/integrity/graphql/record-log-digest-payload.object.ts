import { Field, ObjectType } from '@nestjs/graphql';
import { LogDigest } from './log-digest.object.js';

@ObjectType()
export class RecordLogDigestPayload {
  @Field({
    description: 'False when the latest digest already covered the whole log; it is returned instead.',
  })
  recorded!: boolean;

  @Field(() => LogDigest)
  digest!: LogDigest;
}
