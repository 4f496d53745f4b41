import { useQuery } from '@apollo/client/react';
import { Modal, Table, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import LoadErrorAlert from '../../tasks/components/LoadErrorAlert.js';
import { FigureSourceListDocument } from '../../../generated/graphql.js';
import type { FigureSourceListQuery } from '../../../generated/graphql.js';
import { formatDateTime } from '../../tasks/model/format.js';

type Source = FigureSourceListQuery['figureSources'][number];

/** The recorded events a report figure was computed from: the figure's provenance, event by event. */
export default function FigureSourcesModal({
  figure,
  onClose,
}: {
  figure: { id: string; label: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(FigureSourceListDocument, {
    variables: { figureId: figure?.id ?? '' },
    skip: !figure,
  });
  return (
    <Modal
      open={figure !== null}
      title={t('reports.figure.sourcesTitle', { label: figure?.label ?? '' })}
      footer={null}
      onCancel={onClose}
      width={900}
    >
      {error ? (
        <LoadErrorAlert title={t('reports.loadError')} error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<Source>
          rowKey="eventId"
          size="small"
          loading={loading}
          dataSource={data?.figureSources ?? []}
          pagination={false}
          scroll={{ y: 420 }}
          columns={[
            {
              key: 'type',
              title: t('reports.figure.event'),
              width: 160,
              render: (_, row) => t.lookup(`tasks.timeline.events.${row.type}`) ?? row.type,
            },
            {
              key: 'at',
              title: t('reports.figure.recordedAt'),
              width: 140,
              render: (_, row) => formatDateTime(row.recordedAt),
            },
            {
              key: 'actor',
              title: t('reports.figure.actor'),
              width: 120,
              render: (_, row) => t.lookup(`roles.${row.actor.role}`) ?? row.actor.role,
            },
            {
              key: 'data',
              title: t('reports.figure.data'),
              render: (_, row) => (
                <Typography.Text
                  code
                  style={{ fontSize: 12, wordBreak: 'break-all' }}
                  ellipsis={{ tooltip: row.data }}
                >
                  {row.data}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
