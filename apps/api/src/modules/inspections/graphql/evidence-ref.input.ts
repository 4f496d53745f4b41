import { Field, InputType, Int } from '@nestjs/graphql';

/** A file as POST /files answered for it; events carry this reference, never the bytes. */
@InputType()
export class EvidenceRefInput {
  @Field({ description: 'SHA-256 of the content, 64 hexadecimal characters.' })
  sha256!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  size!: number;

  @Field()
  contentType!: string;
}
