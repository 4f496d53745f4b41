import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IntegrityBreak } from './integrity-break.object.js';

@ObjectType({ description: 'The result of recomputing every hash chain and digest of the event log.' })
export class LogVerification {
  @Field()
  ok!: boolean;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  streams!: number;

  @Field(() => Int)
  digests!: number;

  @Field(() => Int, { description: 'Digests whose signature the signing key accepts.' })
  signedDigests!: number;

  @Field(() => Int, {
    description: 'Events after the newest digest: the tail no signed digest anchors yet.',
  })
  unanchoredEvents!: number;

  @Field({ description: 'Checkpoint of the last event checked.' })
  checkedThrough!: string;

  @Field(() => IntegrityBreak, { nullable: true, description: 'The earliest break in the global log.' })
  firstBreak!: IntegrityBreak | null;

  @Field(() => [IntegrityBreak], {
    description: 'The first break of every broken stream and every digest break.',
  })
  breaks!: IntegrityBreak[];
}
