import { Empty, Timeline, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import { formatDateTime } from '../model/format.js';
import { useUnitOptions } from '../../task-lists/hooks/useUnitOptions.js';
import type { TimelineEntry } from '../model/task-view.js';
import { urgeReason } from '../model/urge-view.js';

/** The user id the system's own actions (deadline watchers, start-up) are recorded under. */
const SYSTEM_USER_ID = 'system';

const COLOURS: Record<string, string> = {
  TaskAccepted: 'green',
  TaskReturned: 'red',
  TaskCancelled: 'gray',
  HandoffRejected: 'red',
  ExtensionRejected: 'red',
  TaskUrged: 'orange',
};

/** The operation log (操作记录): who did what, when and why, and each changed field as old → new. */
export default function TaskTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const t = useT();
  const units = useUnitOptions();
  // Values are recorded as stored (status codes, unit ids); people read them as words and names.
  const shown = (field: string, value: string | null): string => {
    if (value === null || value === '') return t('tasks.timeline.emptyValue');
    if (field === 'status') return t.lookup(`tasks.status.${value}`) ?? value;
    if (field === 'leadUnitId' || field === 'cooperatingUnitIds')
      return value
        .split(/[,，、]\s*/)
        .map((id) => units.nameOf(id.trim()))
        .join('、');
    return value;
  };
  if (entries.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.timeline.empty')} />;
  const systemActs = (entry: TimelineEntry) => entry.actorUserId === SYSTEM_USER_ID;
  const who = (entry: TimelineEntry) => {
    // The deadline watcher acts as the system account: it is the system, not an administrator.
    if (systemActs(entry))
      return entry.type === 'TaskUrged' ? t('tasks.timeline.automaticUrge') : t('tasks.timeline.system');
    const role = entry.actorRole ? t.lookup(`roles.${entry.actorRole}`) : undefined;
    const parts = [entry.actorUnitName, role].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : t('tasks.timeline.system');
  };
  // An automatic urge's note is its threshold code (OVERDUE, DUE_IN_3_DAYS): shown as the reason, in words.
  const noteOf = (entry: TimelineEntry) => {
    if (entry.type === 'TaskUrged') {
      const reason = urgeReason({ mode: 'AUTOMATIC', threshold: entry.note, urgedAt: entry.at });
      if (reason) return `${t('tasks.urges.reason')}：${t(reason.key, reason.params)}`;
    }
    return `${t('tasks.timeline.note')}：${entry.note}`;
  };
  const sorted = [...entries].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline
      data-testid="task-timeline"
      items={sorted.map((entry) => ({
        key: entry.id,
        color: COLOURS[entry.type] ?? 'blue',
        content: (
          <div>
            <Typography.Text strong>
              {t.lookup(`tasks.timeline.events.${entry.type}`) ?? entry.type}
            </Typography.Text>
            {entry.unitName ? <Typography.Text> · {entry.unitName}</Typography.Text> : null}
            <br />
            <Typography.Text type="secondary">
              {formatDateTime(entry.at)} · {t('tasks.timeline.who')}：{who(entry)}
            </Typography.Text>
            {entry.reason ? (
              <div>
                {t('tasks.timeline.why')}：{entry.reason}
              </div>
            ) : null}
            {entry.note ? <div>{noteOf(entry)}</div> : null}
            {entry.changes.length > 0 ? (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {t('tasks.timeline.change', {
                      field: t.lookup(`tasks.timeline.fields.${change.field}`) ?? change.field,
                      from: shown(change.field, change.from),
                      to: shown(change.field, change.to),
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
