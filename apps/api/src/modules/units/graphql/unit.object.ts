import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A responsible unit: a district department (区直部门) or a township/street (乡镇(街道)).',
})
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'DEPARTMENT or TOWNSHIP.' })
  kind!: string;

  @Field({ description: 'A retired unit keeps its history and takes no new tasks.' })
  retired!: boolean;

  @Field()
  registeredAt!: string;

  @Field(() => String, { nullable: true })
  retiredAt!: string | null;
}
