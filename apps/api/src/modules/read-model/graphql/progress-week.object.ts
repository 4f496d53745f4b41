import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Completions and closures in one week (Monday to Sunday, district time).' })
export class ProgressWeek {
  @Field({ description: 'The Monday, YYYY-MM-DD.' })
  weekStart!: string;

  @Field(() => Int, { description: 'Tasks of the list accepted as completed that week.' })
  completions!: number;

  @Field(() => Int, { description: 'Findings closed (销号) that week.' })
  closures!: number;
}
