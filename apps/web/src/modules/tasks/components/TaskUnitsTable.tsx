import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import { formatDateTime } from '../model/format.js';
import type { TaskView } from '../model/task-view.js';

type UnitRow = TaskView['units'][number];

/** The lead, cooperating units and former leads: who signed for the task and how far each has got. */
export default function TaskUnitsTable({ units }: { units: TaskView['units'] }) {
  const t = useT();
  const columns: TableColumnsType<UnitRow> = [
    {
      key: 'unit',
      title: t('tasks.units.unit'),
      width: 140,
      render: (_, unit) => <span style={{ whiteSpace: 'nowrap' }}>{unit.unitName ?? unit.unitId}</span>,
    },
    {
      key: 'role',
      title: t('tasks.units.role'),
      width: 96,
      render: (_, unit) => (
        <Tag color={unit.role === 'LEAD' ? 'blue' : unit.role === 'FORMER_LEAD' ? 'default' : 'cyan'}>
          {t.lookup(`tasks.units.roles.${unit.role}`) ?? unit.role}
        </Tag>
      ),
    },
    {
      key: 'acknowledged',
      title: t('tasks.units.acknowledged'),
      width: 150,
      render: (_, unit) =>
        unit.acknowledged ? formatDateTime(unit.acknowledgedAt) || '✓' : t('tasks.units.notAcknowledged'),
    },
    {
      key: 'percent',
      title: t('tasks.units.percent'),
      width: 80,
      align: 'right',
      render: (_, unit) => `${unit.percent}%`,
    },
    { key: 'reports', dataIndex: 'reports', title: t('tasks.units.reports'), width: 90, align: 'right' },
    {
      key: 'lastReportAt',
      title: t('tasks.units.lastReportAt'),
      width: 140,
      render: (_, unit) => formatDateTime(unit.lastReportAt) || '—',
    },
  ];
  return (
    <Table<UnitRow>
      rowKey={(unit) => `${unit.unitId}-${unit.role}`}
      size="small"
      columns={columns}
      dataSource={units}
      pagination={false}
      scroll={{ x: 720 }}
    />
  );
}
