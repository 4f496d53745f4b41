import { Empty, Flex, List, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import EvidenceFileList from '../../files/components/EvidenceFileList.js';
import { formatDateTime } from '../model/format.js';
import type { TimelineEntry } from '../model/task-view.js';

const REPORTS = new Set(['TaskProgressReported', 'TaskCompletionRequested']);

/** Progress reports and completion requests, newest first, with what each unit said and the files it cited. */
export default function TaskReportsPanel({ entries }: { entries: readonly TimelineEntry[] }) {
  const t = useT();
  const reports = entries.filter((entry) => REPORTS.has(entry.type)).sort((a, b) => b.seq - a.seq);
  if (reports.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.reports.empty')} />;
  return (
    <List
      size="small"
      dataSource={reports}
      renderItem={(entry) => (
        <List.Item key={entry.id} data-testid="task-report">
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <List.Item.Meta
              title={
                <span>
                  {t.lookup(`tasks.timeline.events.${entry.type}`) ?? entry.type} ·{' '}
                  {entry.unitName ?? entry.actorUnitName ?? ''}
                </span>
              }
              description={<Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>}
            />
            {entry.note ? (
              <Typography.Paragraph style={{ margin: 0, maxWidth: 640, whiteSpace: 'pre-wrap' }}>
                {entry.note}
              </Typography.Paragraph>
            ) : null}
            {entry.evidence.length > 0 ? (
              <Flex gap={8} align="baseline" wrap>
                <Typography.Text type="secondary">{t('tasks.reports.evidence')}：</Typography.Text>
                <EvidenceFileList files={entry.evidence} />
              </Flex>
            ) : null}
          </Flex>
        </List.Item>
      )}
    />
  );
}
