import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Popover } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/useT.js';
import { formatDateTime, formatPercent } from '../../tasks/model/format.js';
import type { UnitProgressRow } from '../model/progress-types.js';
import SortableTable from './SortableTable.js';
import type { SortableColumn } from './SortableTable.js';
import TrafficLightBadge from './TrafficLightBadge.js';
import { drillHref } from '../model/drill-href.js';
import type { CountKey } from '../model/drill-href.js';

const LIGHT_RANK = { GREEN: 0, YELLOW: 1, RED: 2 } as const;
const RED = '#dc2626';

type RateKey = 'completionRate' | 'onTimeRate' | 'rectificationRate';

/** The columns shown until someone chooses: the ones a leader reads first, so nothing key scrolls away. */
const DEFAULT_COLUMNS = [
  'unit',
  'trafficLight',
  'tasksLed',
  'completed',
  'overdue',
  'completionRate',
  'onTimeRate',
  'findingsOpen',
  'findingsOverdue',
  'lastReportAt',
];
const STORAGE_KEY = 'duban.dashboard.columns';

function storedColumns(): string[] {
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    return Array.isArray(stored) && stored.every((key) => typeof key === 'string') ? stored : DEFAULT_COLUMNS;
  } catch {
    return DEFAULT_COLUMNS;
  }
}

/** Per-unit progress, every column sortable, worst traffic light first so trouble stands out. */
export default function DepartmentProgressTable({
  rows,
  listId,
}: {
  rows: readonly UnitProgressRow[];
  listId?: string;
}) {
  const t = useT();
  const count = (key: CountKey, group: string): SortableColumn<UnitProgressRow> => ({
    key,
    group,
    title: t(`dashboard.table.${key}`),
    align: 'right',
    sortValue: (row) => row[key],
    render: (row) => (
      <Link to={drillHref(listId, row.unitId, key)} data-testid={`drill-${key}-${row.unitId}`}>
        {(key === 'overdue' || key === 'findingsOverdue') && row[key] > 0 ? (
          <strong style={{ color: RED }}>{row[key]}</strong>
        ) : (
          row[key]
        )}
      </Link>
    ),
  });
  const rate = (key: RateKey, group: string): SortableColumn<UnitProgressRow> => ({
    key,
    group,
    title: t(`dashboard.table.${key}`),
    align: 'right',
    sortValue: (row) => row[key] ?? -1,
    render: (row) => formatPercent(row[key]),
  });
  const tasks = t('dashboard.table.tasksGroup');
  const handoffs = t('dashboard.table.handoffsGroup');
  const findings = t('dashboard.table.findingsGroup');

  const columns: SortableColumn<UnitProgressRow>[] = [
    {
      key: 'unit',
      title: t('dashboard.table.unit'),
      sortValue: (row) => row.unitName,
      render: (row) => (
        <Link to={drillHref(listId, row.unitId, 'unit')} data-testid={`drill-unit-${row.unitId}`}>
          {row.unitName}
        </Link>
      ),
    },
    {
      key: 'trafficLight',
      title: t('dashboard.table.trafficLight'),
      sortValue: (row) => LIGHT_RANK[row.trafficLight],
      render: (row) => <TrafficLightBadge light={row.trafficLight} />,
    },
    {
      key: 'kind',
      title: t('dashboard.table.kind'),
      sortValue: (row) => row.unitKind,
      render: (row) => t.lookup(`dashboard.unitKind.${row.unitKind}`) ?? row.unitKind,
    },
    count('tasksLed', tasks),
    count('tasksCooperated', tasks),
    count('acknowledged', tasks),
    count('inProgress', tasks),
    count('awaitingReview', tasks),
    count('completed', tasks),
    count('overdue', tasks),
    rate('completionRate', tasks),
    rate('onTimeRate', tasks),
    count('handoffsIn', handoffs),
    count('handoffsOut', handoffs),
    count('findingsOpen', findings),
    count('findingsRectifying', findings),
    count('findingsClosed', findings),
    count('findingsOverdue', findings),
    rate('rectificationRate', findings),
    {
      key: 'lastReportAt',
      title: t('dashboard.table.lastReportAt'),
      sortValue: (row) => row.lastReportAt ?? '',
      render: (row) => (row.lastReportAt ? formatDateTime(row.lastReportAt) : t('dashboard.table.never')),
    },
  ];

  const [shown, setShown] = useState<string[]>(storedColumns);
  const choose = (keys: string[]) => {
    setShown(keys);
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(keys));
  };
  const settings = (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('dashboard.table.columns')}
      content={
        <Checkbox.Group
          value={shown}
          onChange={(keys) => choose(keys.map(String))}
          style={{ display: 'grid', gridTemplateColumns: 'repeat(2, auto)', gap: 4 }}
          options={columns
            .filter((column) => column.key !== 'unit')
            .map((column) => ({
              value: column.key,
              label: column.group ? `${column.group} · ${column.title}` : column.title,
            }))}
        />
      }
    >
      <Button size="small" icon={<SettingOutlined />} data-testid="column-settings">
        {t('dashboard.table.columns')}
      </Button>
    </Popover>
  );

  return (
    <Flex vertical gap="small">
      <Flex justify="flex-end">{settings}</Flex>
      <SortableTable<UnitProgressRow>
        caption={t('dashboard.table.title')}
        columns={columns.filter((column) => column.key === 'unit' || shown.includes(column.key))}
        rows={rows}
        rowKey={(row) => row.unitId}
        initialSort={{ key: 'trafficLight', direction: 'descending' }}
        emptyText={t('dashboard.table.empty')}
        testId="department-progress"
      />
    </Flex>
  );
}
