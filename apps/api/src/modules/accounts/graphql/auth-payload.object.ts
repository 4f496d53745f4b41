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
}
