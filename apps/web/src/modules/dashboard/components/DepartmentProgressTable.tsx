import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import type { MessageKey } from '../../../app/i18n/message-key.js';
import { formatDateTime, formatPercent } from '../../tasks/model/format.js';
import type { UnitProgressRow } from '../model/progress-types.js';
import TrafficLightBadge from './TrafficLightBadge.js';

const LIGHT_RANK = { GREEN: 0, YELLOW: 1, RED: 2 } as const;

type CountKey = {
  [K in keyof UnitProgressRow]: UnitProgressRow[K] extends number ? K : never;
}[keyof UnitProgressRow];
type RateKey = 'completionRate' | 'onTimeRate' | 'rectificationRate';

const byNumber = (key: CountKey | RateKey) => (a: UnitProgressRow, b: UnitProgressRow) =>
  (a[key] ?? -1) - (b[key] ?? -1);

/** Per-unit progress, every column sortable, the traffic light first so trouble stands out. */
export default function DepartmentProgressTable({
  rows,
  loading,
}: {
  rows: readonly UnitProgressRow[];
  loading: boolean;
}) {
  const t = useT();
  const count = (key: CountKey, width = 72): TableColumnsType<UnitProgressRow>[number] => ({
    key,
    dataIndex: key,
    title: t(`dashboard.table.${key}` as MessageKey),
    align: 'right',
    width,
    sorter: byNumber(key),
    ...(key === 'overdue' || key === 'findingsOverdue'
      ? {
          render: (value: number) =>
            value > 0 ? <strong style={{ color: '#dc2626' }}>{value}</strong> : value,
        }
      : {}),
  });
  const rate = (key: RateKey): TableColumnsType<UnitProgressRow>[number] => ({
    key,
    dataIndex: key,
    title: t(`dashboard.table.${key}`),
    align: 'right',
    width: 84,
    sorter: byNumber(key),
    render: (value: number | null) => formatPercent(value),
  });

  const columns: TableColumnsType<UnitProgressRow> = [
    {
      key: 'unit',
      dataIndex: 'unitName',
      title: t('dashboard.table.unit'),
      fixed: 'left',
      width: 150,
      sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'),
    },
    {
      key: 'trafficLight',
      dataIndex: 'trafficLight',
      title: t('dashboard.table.trafficLight'),
      width: 104,
      sorter: (a, b) => LIGHT_RANK[a.trafficLight] - LIGHT_RANK[b.trafficLight],
      defaultSortOrder: 'descend',
      render: (light: UnitProgressRow['trafficLight']) => <TrafficLightBadge light={light} />,
    },
    {
      key: 'kind',
      dataIndex: 'unitKind',
      title: t('dashboard.table.kind'),
      width: 96,
      filters: [
        { text: t('dashboard.unitKind.DEPARTMENT'), value: 'DEPARTMENT' },
        { text: t('dashboard.unitKind.TOWNSHIP'), value: 'TOWNSHIP' },
      ],
      onFilter: (value, row) => row.unitKind === value,
      render: (kind: string) => t.lookup(`dashboard.unitKind.${kind}`) ?? kind,
    },
    {
      key: 'tasks',
      title: t('dashboard.table.tasksGroup'),
      children: [
        count('tasksLed'),
        count('tasksCooperated'),
        count('acknowledged', 80),
        count('inProgress', 80),
        count('awaitingReview', 80),
        count('completed', 80),
        count('overdue'),
        rate('completionRate'),
        rate('onTimeRate'),
      ],
    },
    {
      key: 'handoffs',
      title: t('dashboard.table.handoffsGroup'),
      children: [count('handoffsIn', 64), count('handoffsOut', 64)],
    },
    {
      key: 'findings',
      title: t('dashboard.table.findingsGroup'),
      children: [
        count('findingsOpen'),
        count('findingsRectifying'),
        count('findingsClosed'),
        count('findingsOverdue', 84),
        rate('rectificationRate'),
      ],
    },
    {
      key: 'lastReportAt',
      dataIndex: 'lastReportAt',
      title: t('dashboard.table.lastReportAt'),
      width: 140,
      sorter: (a, b) => (a.lastReportAt ?? '').localeCompare(b.lastReportAt ?? ''),
      render: (value: string | null) => (value ? formatDateTime(value) : t('dashboard.table.never')),
    },
  ];

  return (
    <Table<UnitProgressRow>
      rowKey="unitId"
      size="small"
      bordered
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      scroll={{ x: 1700 }}
      sticky
      locale={{ emptyText: t('dashboard.table.empty') }}
      data-testid="department-progress"
    />
  );
}
