import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A field an event changed, with its old and new value as text.' })
export class FieldChangeObject {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}
