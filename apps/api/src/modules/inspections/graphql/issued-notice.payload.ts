import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Inspection } from './inspection.object.js';

@ObjectType({ description: 'A notice (通报) just issued, and where to export it.' })
export class IssuedNotice {
  @Field(() => ID)
  noticeId!: string;

  @Field()
  title!: string;

  @Field({ description: 'GET this path (with the bearer token) for the notice as Markdown.' })
  markdownPath!: string;

  @Field(() => Inspection, { description: 'The inspection as the read model shows it after the notice.' })
  inspection!: Inspection;
}
