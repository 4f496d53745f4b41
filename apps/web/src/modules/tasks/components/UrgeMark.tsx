import { Tag, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useT } from '../../../app/i18n/useT.js';
import { formatDateTime } from '../model/format.js';
import { isAutomaticUrge, newestUrgesFirst, urgeReason } from '../model/urge-view.js';
import type { UrgeLike } from '../model/urge-view.js';

/**
 * The mark an urged task carries in lists: how many times, and on hover or tap the last urge's time,
 * who sent it (the office, or the system's deadline watcher) and why, in words.
 */
export default function UrgeMark({ urges }: { urges: readonly UrgeLike[] }) {
  const t = useT();
  if (urges.length === 0) return null;
  const [last] = newestUrgesFirst(urges);
  if (!last) return null;
  const by = isAutomaticUrge(last) ? t('tasks.urges.system') : t('tasks.urges.office');
  const reason = urgeReason(last);
  const why = reason ? t(reason.key, reason.params) : (last.message ?? '');
  return (
    <Tooltip
      title={
        <div data-testid="urge-detail">
          <div>{t('tasks.urges.last', { time: formatDateTime(last.urgedAt), by })}</div>
          {why ? (
            <div>
              {t('tasks.urges.reason')}：{why}
            </div>
          ) : null}
        </div>
      }
    >
      <Tag color="orange" icon={<BellOutlined />} data-testid="urge-mark" style={{ cursor: 'help' }}>
        {t('tasks.urges.mark', { count: urges.length })}
      </Tag>
    </Tooltip>
  );
}
