import { ObjectType } from '@nestjs/graphql';
import { Paged } from '../../read-model/graphql/paged.js';
import { Inspection } from './inspection.object.js';

@ObjectType()
export class InspectionPage extends Paged(Inspection, 'InspectionPage') {}
