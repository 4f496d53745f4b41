import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Table, Typography } from 'antd';
import { useState } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useDownload } from '../../files/hooks/useDownload.js';
import FindingStatusTag from '../../findings/components/FindingStatusTag.js';
import SeverityTag from '../../findings/components/SeverityTag.js';
import formatTime from '../../findings/format-time.js';
import type { InspectionQuery } from '../../../generated/graphql.js';

type Notice = InspectionQuery['inspection']['notices'][number];

/**
 * The notices (通报) issued for an inspection: who issued each, when, to which units, and (expanded)
 * the findings with the deadlines it stated, as they stood when it was issued. Each downloads as Markdown.
 */
export default function InspectionNoticesTable({
  notices,
  loading,
}: {
  notices: readonly Notice[];
  loading: boolean;
}) {
  const t = useT();
  const download = useDownload();
  const describeError = useErrorMessage();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  const fetchNotice = async (notice: Notice) => {
    setBusy(notice.noticeId);
    try {
      await download(notice.markdownPath, `${notice.title}.md`);
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Table<Notice>
      data-testid="inspection-notices"
      rowKey="noticeId"
      size="small"
      loading={loading && notices.length === 0}
      dataSource={[...notices].reverse()}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('inspections.detail.noNotices') }}
      scroll={{ x: 760 }}
      expandable={{
        rowExpandable: (notice) => notice.units.length > 0,
        expandedRowRender: (notice) => (
          <Flex vertical gap="small">
            {notice.units.map((unit) => (
              <div key={unit.unitId}>
                <Typography.Text strong>{unit.unitName}</Typography.Text>
                <List
                  size="small"
                  split={false}
                  dataSource={unit.findings}
                  renderItem={(finding) => (
                    <List.Item key={finding.findingId} style={{ paddingInline: 0 }}>
                      <Flex gap="small" wrap align="center">
                        <SeverityTag severity={finding.severity} />
                        <span>{finding.description}</span>
                        <Typography.Text type="secondary">
                          {t('inspections.detail.noticeFindingDeadline', {
                            date: finding.rectificationDeadline,
                          })}
                        </Typography.Text>
                        <FindingStatusTag status={finding.status} escalated={finding.escalated} />
                      </Flex>
                    </List.Item>
                  )}
                />
              </div>
            ))}
          </Flex>
        ),
      }}
      columns={[
        { title: t('inspections.detail.noticeColumns.title'), dataIndex: 'title', ellipsis: true },
        {
          title: t('inspections.detail.noticeColumns.issuedBy'),
          key: 'issuedBy',
          width: 120,
          render: (_: unknown, notice) => notice.issuedByName ?? notice.issuedBy ?? '—',
        },
        {
          title: t('inspections.detail.noticeColumns.issuedAt'),
          dataIndex: 'issuedAt',
          width: 150,
          render: (value: string) => formatTime(value),
        },
        {
          title: t('inspections.detail.noticeColumns.units'),
          key: 'units',
          render: (_: unknown, notice) => notice.units.map((unit) => unit.unitName).join('、') || '—',
        },
        { title: t('inspections.detail.noticeColumns.findings'), dataIndex: 'findingCount', width: 80 },
        {
          title: t('inspections.detail.noticeColumns.actions'),
          key: 'actions',
          width: 120,
          render: (_: unknown, notice) => (
            <Button
              type="link"
              size="small"
              icon={<DownloadOutlined />}
              loading={busy === notice.noticeId}
              onClick={() => void fetchNotice(notice)}
            >
              {t('inspections.detail.downloadNotice')}
            </Button>
          ),
        },
      ]}
    />
  );
}
