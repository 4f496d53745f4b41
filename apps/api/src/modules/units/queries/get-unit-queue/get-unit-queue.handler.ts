import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { notFound } from '@duban/domain';
import { ReadTables } from '../../../../core/projection/read-tables.js';
import { FINDINGS_TABLE } from '../../../findings/projections/findings.table.js';
import { toFindingObject } from '../../../findings/queries/to-finding-object.js';
import { readAccess } from '../../../read-model/read-access.js';
import { ReadViews } from '../../../read-model/read-views.js';
import { TASKS_TABLE } from '../../../tasks/projections/tasks.table.js';
import { isTaskOverdue, toTaskObject } from '../../../tasks/queries/to-task-object.js';
import type { UnitQueue } from '../../graphql/unit-queue.object.js';
import { UNITS_TABLE } from '../../projections/units.table.js';
import { GetUnitQueueQuery } from './get-unit-queue.query.js';

const OPEN = new Set(['ASSIGNED', 'IN_PROGRESS', 'AWAITING_REVIEW', 'HANDOFF_PENDING']);

@QueryHandler(GetUnitQueueQuery)
export class GetUnitQueueHandler implements IQueryHandler<GetUnitQueueQuery> {
  constructor(
    private readonly tables: ReadTables,
    private readonly views: ReadViews,
  ) {}

  async execute({ actor, unitId }: GetUnitQueueQuery): Promise<UnitQueue> {
    readAccess.assertMayReadUnitQueue(actor, unitId);
    const unit = await this.tables.doc(UNITS_TABLE, unitId);
    if (!unit) throw notFound('UNIT_NOT_FOUND', `No unit ${unitId}`, { unitId });
    const view = await this.views.current();
    const tasks = (
      await this.tables.docs(TASKS_TABLE, 'unit_ids @> array[$1::text]', [unitId], 'deadline, task_id')
    ).filter((t) => OPEN.has(t.status));
    const led = tasks.filter((t) => t.leadUnitId === unitId);
    const acknowledged = (t: (typeof tasks)[number]) => t.units[unitId]?.acknowledged === true;
    const findings = await this.tables.docs(
      FINDINGS_TABLE,
      `unit_id = $1 and status in ('NOTIFIED', 'RECTIFYING')`,
      [unitId],
      'rectification_deadline, finding_id',
    );
    return {
      unitId,
      unitName: unit.name,
      toAcknowledge: tasks
        .filter((t) => !acknowledged(t) && t.status !== 'AWAITING_REVIEW')
        .map((t) => toTaskObject(t, view)),
      toReport: tasks
        .filter((t) => acknowledged(t) && t.status === 'IN_PROGRESS')
        .map((t) => toTaskObject(t, view)),
      returned: led
        .filter((t) => t.status === 'IN_PROGRESS' && t.returns > 0)
        .map((t) => toTaskObject(t, view)),
      awaitingDecision: led
        .filter(
          (t) =>
            t.status === 'AWAITING_REVIEW' ||
            t.status === 'HANDOFF_PENDING' ||
            t.extensions.some((e) => e.outcome === 'PENDING'),
        )
        .map((t) => toTaskObject(t, view)),
      overdue: led.filter((t) => isTaskOverdue(t, view)).map((t) => toTaskObject(t, view)),
      findingsToRectify: findings.map((f) => toFindingObject(f, view)),
    };
  }
}
