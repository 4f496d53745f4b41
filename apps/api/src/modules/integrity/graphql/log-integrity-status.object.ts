import { Field, ObjectType } from '@nestjs/graphql';
import { IntegrityBreak } from './integrity-break.object.js';

@ObjectType({
  description:
    'Whether the event log passed its check at start. While broken, changes are refused until a system administrator acknowledges the break.',
})
export class LogIntegrityStatus {
  @Field({ description: '"ok", or "broken" while changes are refused.' })
  state!: string;

  @Field(() => Date, { nullable: true, description: 'Since when changes are refused.' })
  since!: Date | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => [IntegrityBreak], { description: 'The breaks found at start that are not acknowledged.' })
  breaks!: IntegrityBreak[];
}
