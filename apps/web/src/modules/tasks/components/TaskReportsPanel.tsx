import { Empty, List, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import { formatDateTime } from '../model/format.js';
import type { TimelineEntry } from '../model/task-view.js';

const REPORTS = new Set(['TaskProgressReported', 'TaskCompletionRequested']);

/** Progress reports and completion requests, newest first, with what each unit said. */
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
        <List.Item key={entry.id}>
          <List.Item.Meta
            title={
              <span>
                {t.lookup(`tasks.timeline.events.${entry.type}`) ?? entry.type} ·{' '}
                {entry.unitName ?? entry.actorUnitName ?? ''}
              </span>
            }
            description={<Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>}
          />
          <Typography.Paragraph style={{ margin: 0, maxWidth: 640 }}>{entry.note}</Typography.Paragraph>
        </List.Item>
      )}
    />
  );
}
