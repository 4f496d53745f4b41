import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A reported raw figure of one indicator.' })
export class Figure {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => Float)
  value!: number;
}
