import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceRefObject } from '../../evidence/graphql/evidence-ref.object.js';
import { FieldChangeObject } from './field-change.object.js';

@ObjectType({ description: 'One event in the life of a task or finding: who did what, when, and why.' })
export class TimelineEntryObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Order within the task or finding.' })
  seq!: number;

  @Field({ description: 'The event type, e.g. TaskAcknowledged.' })
  type!: string;

  @Field()
  at!: string;

  @Field(() => String, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String, { nullable: true })
  actorUnitId!: string | null;

  @Field(() => String, { nullable: true })
  actorUnitName!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit the event concerns.' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => String, { nullable: true, description: 'Why: the reason, comment or message given.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'What was said: narrative, summary or plan.' })
  note!: string | null;

  @Field(() => [FieldChangeObject])
  changes!: FieldChangeObject[];

  @Field(() => [EvidenceRefObject], {
    description: 'Files the event cites (progress reports, completion and closure requests, findings).',
  })
  evidence!: EvidenceRefObject[];
}
