import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventActor } from './event-actor.object.js';

@ObjectType({ description: 'One version of a report: the event that made it.' })
export class AnnualReportVersion {
  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  eventId!: string;

  @Field({ description: 'AnnualReportDraftGenerated or AnnualReportSectionEdited.' })
  type!: string;

  @Field(() => ID, { nullable: true })
  sectionId!: string | null;

  @Field(() => String, { nullable: true })
  heading!: string | null;

  @Field(() => EventActor)
  actor!: EventActor;

  @Field()
  at!: string;
}
