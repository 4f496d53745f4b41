import { Table, Tabs, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import { formatDateTime } from '../model/format.js';
import type { TaskView } from '../model/task-view.js';
import { isAutomaticUrge, urgeReason } from '../model/urge-view.js';

type Handoff = TaskView['handoffs'][number];
type Extension = TaskView['extensions'][number];
type Urge = TaskView['urges'][number];

function OutcomeTag({ outcome }: { outcome: string }) {
  const t = useT();
  const colour = outcome === 'APPROVED' ? 'green' : outcome === 'REJECTED' ? 'red' : 'gold';
  return <Tag color={colour}>{t.lookup(`tasks.outcome.${outcome}`) ?? outcome}</Tag>;
}

/** Handoffs (转办), extensions (延期) and urges (催办) with how each was decided. */
export default function TaskRecordsTabs({ task }: { task: TaskView }) {
  const t = useT();
  const handoffColumns: TableColumnsType<Handoff> = [
    { key: 'from', title: t('tasks.handoffs.from'), render: (_, row) => row.fromUnitName ?? row.fromUnitId },
    { key: 'to', title: t('tasks.handoffs.to'), render: (_, row) => row.toUnitName ?? row.toUnitId },
    { key: 'reason', dataIndex: 'reason', title: t('tasks.handoffs.reason') },
    {
      key: 'requestedAt',
      title: t('tasks.handoffs.requestedAt'),
      width: 140,
      render: (_, row) => formatDateTime(row.requestedAt),
    },
    {
      key: 'outcome',
      title: t('tasks.handoffs.outcome'),
      width: 90,
      render: (_, row) => <OutcomeTag outcome={row.outcome} />,
    },
    { key: 'note', title: t('tasks.handoffs.decisionNote'), render: (_, row) => row.decisionNote ?? '—' },
  ];
  const extensionColumns: TableColumnsType<Extension> = [
    {
      key: 'current',
      dataIndex: 'currentDeadline',
      title: t('tasks.extensions.currentDeadline'),
      width: 110,
    },
    {
      key: 'requested',
      dataIndex: 'requestedDeadline',
      title: t('tasks.extensions.requestedDeadline'),
      width: 110,
    },
    { key: 'reason', dataIndex: 'reason', title: t('tasks.extensions.reason') },
    {
      key: 'requestedAt',
      title: t('tasks.extensions.requestedAt'),
      width: 140,
      render: (_, row) => formatDateTime(row.requestedAt),
    },
    {
      key: 'outcome',
      title: t('tasks.extensions.outcome'),
      width: 90,
      render: (_, row) => <OutcomeTag outcome={row.outcome} />,
    },
    { key: 'note', title: t('tasks.extensions.decisionNote'), render: (_, row) => row.decisionNote ?? '—' },
  ];
  const urgeColumns: TableColumnsType<Urge> = [
    {
      key: 'mode',
      title: t('tasks.urges.mode'),
      width: 110,
      render: (_, row) => t.lookup(`tasks.urges.${row.mode}`) ?? row.mode,
    },
    {
      key: 'by',
      title: t('tasks.urges.by'),
      width: 150,
      render: (_, row) => (isAutomaticUrge(row) ? t('tasks.urges.system') : t('tasks.urges.office')),
    },
    {
      key: 'message',
      title: t('tasks.urges.reason'),
      render: (_, row) => {
        // The system's urges carry a threshold code; people read it in words, never as the code.
        const reason = urgeReason(row);
        return reason ? t(reason.key, reason.params) : (row.message ?? '—');
      },
    },
    {
      key: 'urgedAt',
      title: t('tasks.urges.urgedAt'),
      width: 140,
      render: (_, row) => formatDateTime(row.urgedAt),
    },
  ];
  const count = (label: string, n: number) => (n > 0 ? `${label} (${n})` : label);
  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'handoffs',
          label: count(t('tasks.handoffs.title'), task.handoffs.length),
          children: (
            <Table<Handoff>
              rowKey="requestedAt"
              size="small"
              columns={handoffColumns}
              dataSource={task.handoffs}
              pagination={false}
            />
          ),
        },
        {
          key: 'extensions',
          label: count(t('tasks.extensions.title'), task.extensions.length),
          children: (
            <Table<Extension>
              rowKey="requestedAt"
              size="small"
              columns={extensionColumns}
              dataSource={task.extensions}
              pagination={false}
            />
          ),
        },
        {
          key: 'urges',
          label: count(t('tasks.urges.title'), task.urges.length),
          children: (
            <Table<Urge>
              rowKey="urgedAt"
              size="small"
              columns={urgeColumns}
              dataSource={task.urges}
              pagination={false}
            />
          ),
        },
      ]}
    />
  );
}
