import { ObjectType } from '@nestjs/graphql';
import { Paged } from '../../read-model/graphql/paged.js';
import { Finding } from './finding.object.js';

@ObjectType()
export class FindingPage extends Paged(Finding, 'FindingPage') {}
