import { useQuery } from '@apollo/client/react';
import { Empty, Flex, Modal, Spin, Table, Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import LoadErrorAlert from '../../tasks/components/LoadErrorAlert.js';
import { AnnualReportCompareDocument } from '../../../generated/graphql.js';
import type { AnnualReportCompareQuery } from '../../../generated/graphql.js';

type FigureDiff = AnnualReportCompareQuery['annualReportDiff']['figures'][number];

interface Props {
  year: number;
  taskListId: string | null;
  versions: { from: number; to: number } | null;
  onClose: () => void;
}

const CHANGE_COLOURS: Record<string, string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'blue' };

/** Two versions side by side: the text sentence by sentence (insertions and deletions marked) and the figures that moved. */
export default function ReportCompareModal({ year, taskListId, versions, onClose }: Props) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(AnnualReportCompareDocument, {
    variables: { year, taskListId, v1: versions?.from ?? 0, v2: versions?.to ?? 0 },
    skip: !versions,
  });
  const diff = data?.annualReportDiff;
  const snapshot = (value: FigureDiff['before']) =>
    value
      ? `${value.value ?? '—'}${value.status === 'FLAGGED' ? ` (${t('reports.figure.FLAGGED')})` : ''}`
      : '—';
  return (
    <Modal
      open={versions !== null}
      onCancel={onClose}
      footer={null}
      width={960}
      title={
        versions
          ? `${t('reports.compare.title')}：${t('reports.version', { version: versions.from })} → ${t('reports.version', { version: versions.to })}`
          : ''
      }
    >
      {error ? (
        <LoadErrorAlert title={t('reports.loadError')} error={error} onRetry={() => void refetch()} />
      ) : null}
      {loading ? <Spin /> : null}
      {diff && diff.sections.length === 0 && diff.figures.length === 0 ? (
        <Empty description={t('reports.compare.noChange')} />
      ) : null}
      {diff && diff.sections.length > 0 ? (
        <Flex vertical gap={12} style={{ maxHeight: '50vh', overflowY: 'auto' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('reports.compare.sections')}
          </Typography.Title>
          {diff.sections.map((section) => (
            <div key={section.sectionId}>
              <Typography.Text strong>{section.heading}</Typography.Text>{' '}
              <Tag color={CHANGE_COLOURS[section.change]}>
                {t.lookup(`reports.compare.${section.change}`) ?? section.change}
              </Tag>
              <p style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                {section.segments.map((segment, index) =>
                  segment.op === 'INSERT' ? (
                    <ins key={index} style={{ background: '#dcfce7', textDecoration: 'underline' }}>
                      {segment.text}
                    </ins>
                  ) : segment.op === 'DELETE' ? (
                    <del key={index} style={{ background: '#fee2e2' }}>
                      {segment.text}
                    </del>
                  ) : (
                    <span key={index}>{segment.text}</span>
                  ),
                )}
              </p>
            </div>
          ))}
        </Flex>
      ) : null}
      {diff && diff.figures.length > 0 ? (
        <>
          <Typography.Title level={4}>{t('reports.compare.figures')}</Typography.Title>
          <Table<FigureDiff>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={diff.figures}
            columns={[
              { key: 'label', dataIndex: 'label', title: t('reports.figure.label') },
              {
                key: 'change',
                title: '',
                width: 80,
                render: (_, row) => (
                  <Tag color={CHANGE_COLOURS[row.change]}>
                    {t.lookup(`reports.compare.${row.change}`) ?? row.change}
                  </Tag>
                ),
              },
              {
                key: 'before',
                title: t('reports.compare.before'),
                width: 160,
                render: (_, row) => snapshot(row.before),
              },
              {
                key: 'after',
                title: t('reports.compare.after'),
                width: 160,
                render: (_, row) => snapshot(row.after),
              },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
