import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import type { AnnualReportFieldsFragment } from '../../../generated/graphql.js';

type Figure = AnnualReportFieldsFragment['figures'][number];

/** The figures a section states, each with its status (a flagged figure is never presented as sound) and its sources. */
export default function ReportFiguresTable({
  figures,
  onSources,
}: {
  figures: readonly Figure[];
  onSources: (figure: Figure) => void;
}) {
  const t = useT();
  return (
    <Table<Figure>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...figures]}
      columns={[
        {
          key: 'label',
          title: t('reports.figure.label'),
          render: (_, figure) => (
            <Flex vertical>
              <span>{figure.label}</span>
              {figure.context ? <Typography.Text type="secondary">{figure.context}</Typography.Text> : null}
            </Flex>
          ),
        },
        {
          key: 'value',
          title: t('reports.figure.value'),
          width: 130,
          align: 'right',
          render: (_, figure) => {
            const value =
              figure.value === null
                ? '—'
                : figure.kind === 'RATE'
                  ? `${figure.value.toFixed(1)}%`
                  : `${figure.value}${figure.unitOfMeasure}`;
            return figure.status === 'FLAGGED' ? (
              <Typography.Text type="danger" delete={false} strong>
                {value}
              </Typography.Text>
            ) : (
              value
            );
          },
        },
        {
          key: 'status',
          title: t('reports.figure.status'),
          width: 200,
          render: (_, figure) =>
            figure.status === 'FLAGGED' ? (
              <Flex vertical gap={2}>
                <Tag color="error" style={{ width: 'fit-content' }}>
                  {t('reports.figure.FLAGGED')}
                </Tag>
                {figure.flags.map((flag, index) => (
                  <Typography.Text key={index} type="danger" style={{ fontSize: 12 }}>
                    {t.lookup(`reports.figure.rules.${flag.rule}`) ?? flag.rule}
                  </Typography.Text>
                ))}
              </Flex>
            ) : (
              <Tag color="success">{t('reports.figure.SOUND')}</Tag>
            ),
        },
        {
          key: 'sources',
          title: t('reports.figure.sources'),
          width: 110,
          render: (_, figure) => (
            <Button
              type="link"
              size="small"
              onClick={() => onSources(figure)}
              disabled={figure.sources.length === 0}
            >
              {t('reports.figure.sourcesCount', { count: figure.sources.length })}
            </Button>
          ),
        },
      ]}
    />
  );
}
