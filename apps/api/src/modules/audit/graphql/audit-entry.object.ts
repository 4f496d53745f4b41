import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One recorded change: who did what, when, to which record.' })
export class AuditEntry {
  @Field(() => ID)
  eventId!: string;

  @Field({ description: 'The event type, e.g. TaskAcknowledged.' })
  type!: string;

  @Field({ description: 'The record (event stream) that changed, e.g. task-<id>.' })
  streamId!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => ID, { description: '"system" for changes the system made by itself.' })
  actorUserId!: string;

  @Field({ description: 'The role the person acted in at the time.' })
  actorRole!: string;

  @Field(() => ID, { nullable: true })
  actorUnitId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  actorUnitName!: string | null;

  @Field(() => String, { nullable: true, description: 'Shared by the changes of one request.' })
  correlationId!: string | null;

  @Field({ description: 'The main fields of the change as name=value; secrets are never shown.' })
  summary!: string;
}
