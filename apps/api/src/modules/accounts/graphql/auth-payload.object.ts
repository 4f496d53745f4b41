import { Field, ObjectType } from '@nestjs/graphql';
import { Me } from './me.object.js';

@ObjectType({ description: 'Tokens of a session and the person it belongs to.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; short-lived.' })
  accessToken!: string;

  @Field({ description: 'Exchange with `refreshToken` for a new pair; each works once.' })
  refreshToken!: string;

  @Field({ description: 'When the access token expires.' })
  expiresAt!: Date;

  @Field(() => Me)
  user!: Me;

  @Field(() => String, {
    nullable: true,
    description: 'Only from `login`: keep it on this device and send it with the next login.',
  })
  deviceToken?: string | null;
}
