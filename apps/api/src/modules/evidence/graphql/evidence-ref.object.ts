import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceRef', {
  description:
    'A file (佐证材料) cited by a report: the reference its event carries, and where to download it with the bearer token.',
})
export class EvidenceRefObject {
  @Field({ description: 'SHA-256 of the content, 64 hexadecimal characters: the file id.' })
  sha256!: string;

  @Field({ description: 'The name it was uploaded under.' })
  name!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field()
  contentType!: string;

  @Field({ description: 'GET this path with the bearer token for the bytes (GET /files/:sha256).' })
  downloadPath!: string;
}
