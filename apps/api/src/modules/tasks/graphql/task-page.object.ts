import { ObjectType } from '@nestjs/graphql';
import { Paged } from '../../read-model/graphql/paged.js';
import { Task } from './task.object.js';

@ObjectType()
export class TaskPage extends Paged(Task, 'TaskPage') {}
