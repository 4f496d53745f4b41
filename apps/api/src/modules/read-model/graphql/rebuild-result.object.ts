import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A finished rebuild of the read model.' })
export class RebuildResultObject {
  @Field(() => Int)
  events!: number;

  @Field(() => Float)
  ms!: number;

  @Field()
  checkpoint!: string;
}
