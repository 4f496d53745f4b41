import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Whether the API and its event store answer.' })
export class Health {
  @Field({ description: '"ok" when the event store answers, "unavailable" when it does not.' })
  status!: string;

  @Field({ description: 'Event store adapter: pglite, postgres or kurrentdb.' })
  store!: string;

  @Field({ description: 'Version of the API.' })
  version!: string;

  @Field({
    description:
      '"ok", or "broken" when the event log failed its integrity check at start: changes are then refused until a system administrator acknowledges the break.',
  })
  logIntegrity!: string;

  @Field(() => Float, { description: 'Seconds since this process started.' })
  uptime!: number;
}
