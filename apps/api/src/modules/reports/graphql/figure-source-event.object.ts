import { Field, ObjectType } from '@nestjs/graphql';
import { FigureSourceRef } from './figure-source-ref.object.js';

@ObjectType({ description: 'An event a figure was computed from, with its data as recorded.' })
export class FigureSourceEvent extends FigureSourceRef {
  @Field({ description: 'The event data as JSON.' })
  data!: string;
}
