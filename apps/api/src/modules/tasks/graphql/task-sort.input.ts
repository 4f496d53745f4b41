import { Field, InputType, registerEnumType } from '@nestjs/graphql';

export enum TaskSortField {
  DEADLINE = 'DEADLINE',
  TITLE = 'TITLE',
  UPDATED_AT = 'UPDATED_AT',
  STATUS = 'STATUS',
  AREA = 'AREA',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(TaskSortField, { name: 'TaskSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class TaskSortInput {
  @Field(() => TaskSortField, { defaultValue: TaskSortField.DEADLINE })
  field!: TaskSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}
