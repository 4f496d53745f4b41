import { checkFigures } from '@duban/domain';
import { Alert, Empty, Flex, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import { formatPercent } from '../model/format.js';
import type { TaskView } from '../model/task-view.js';

type Indicator = TaskView['indicators'][number];
type Rate = TaskView['rates'][number];

/**
 * Indicators with their reported figures, the derived rates, and any figure that breaks a declared
 * rule (a part above its whole, parts not adding up): such figures are flagged, never shown as sound.
 */
export default function TaskIndicatorsPanel({ task }: { task: TaskView }) {
  const t = useT();
  const values = useMemo(
    () => new Map(task.figures.map((figure) => [figure.indicatorId, figure.value])),
    [task.figures],
  );
  const names = useMemo(
    () => new Map(task.indicators.map((indicator) => [indicator.id, indicator.name])),
    [task.indicators],
  );
  const violations = useMemo(
    () =>
      checkFigures(
        {
          indicators: task.indicators.map((indicator) => ({ ...indicator, sumOf: indicator.sumOf })),
          rates: [],
        },
        Object.fromEntries(values),
      ),
    [task.indicators, values],
  );
  const flagged = new Set(
    violations.flatMap((violation) => [
      violation.indicatorId,
      ...violation.parts.map((part) => part.indicatorId),
    ]),
  );

  if (task.indicators.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.indicators.empty')} />;

  const columns: TableColumnsType<Indicator> = [
    { key: 'name', dataIndex: 'name', title: t('tasks.indicators.name') },
    {
      key: 'unitOfMeasure',
      dataIndex: 'unitOfMeasure',
      title: t('tasks.indicators.unitOfMeasure'),
      width: 90,
    },
    {
      key: 'target',
      title: t('tasks.indicators.target'),
      width: 90,
      align: 'right',
      render: (_, row) => row.target ?? '—',
    },
    {
      key: 'value',
      title: t('tasks.indicators.value'),
      width: 120,
      align: 'right',
      render: (_, row) => {
        const value = values.get(row.id);
        if (value === undefined)
          return <Typography.Text type="secondary">{t('tasks.indicators.notReported')}</Typography.Text>;
        return flagged.has(row.id) ? (
          <Typography.Text type="danger" strong title={t('tasks.indicators.flagged')}>
            {value} ⚠
          </Typography.Text>
        ) : (
          value
        );
      },
    },
    {
      key: 'rule',
      title: t('tasks.indicators.rule'),
      render: (_, row) =>
        [
          row.partOf ? t('tasks.indicators.partOf', { name: names.get(row.partOf) ?? row.partOf }) : null,
          row.sumOf.length > 0
            ? t('tasks.indicators.sumOf', { names: row.sumOf.map((id) => names.get(id) ?? id).join(' + ') })
            : null,
        ]
          .filter(Boolean)
          .join('；') || '—',
    },
  ];
  const rateColumns: TableColumnsType<Rate> = [
    { key: 'name', dataIndex: 'name', title: t('tasks.indicators.rate') },
    {
      key: 'numerator',
      title: t('tasks.indicators.numerator'),
      width: 100,
      align: 'right',
      render: (_, rate) => rate.numerator ?? '—',
    },
    {
      key: 'denominator',
      title: t('tasks.indicators.denominator'),
      width: 100,
      align: 'right',
      render: (_, rate) => rate.denominator ?? '—',
    },
    {
      key: 'percent',
      title: t('tasks.indicators.percent'),
      width: 120,
      align: 'right',
      render: (_, rate) =>
        rate.percent === null ? t('tasks.indicators.notComputable') : formatPercent(rate.percent),
    },
  ];

  return (
    <Flex vertical gap={12}>
      {violations.map((violation, index) => (
        <Alert
          key={index}
          type="error"
          showIcon
          title={t('tasks.indicators.flagged')}
          description={
            violation.rule === 'PART_EXCEEDS_WHOLE'
              ? t('tasks.indicators.violationPartExceeds', {
                  part: violation.parts[0]?.indicatorName ?? '',
                  partValue: violation.parts[0]?.value ?? '',
                  whole: violation.indicatorName,
                  wholeValue: violation.value,
                })
              : t('tasks.indicators.violationSum', {
                  whole: violation.indicatorName,
                  wholeValue: violation.value,
                  sum: violation.parts.reduce((sum, part) => sum + part.value, 0),
                })
          }
        />
      ))}
      <Table<Indicator>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={task.indicators}
        pagination={false}
      />
      {task.rates.length > 0 ? (
        <>
          <Typography.Text strong>{t('tasks.indicators.rates')}</Typography.Text>
          <Table<Rate>
            rowKey="id"
            size="small"
            columns={rateColumns}
            dataSource={task.rates}
            pagination={false}
          />
        </>
      ) : null}
    </Flex>
  );
}
