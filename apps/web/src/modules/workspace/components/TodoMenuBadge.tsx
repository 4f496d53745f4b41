import { Badge } from 'antd';
import { useUnitQueue } from '../hooks/useUnitQueue.js';

/**
 * The side menu's count for 我的待办: what needs the unit's action now (tasks to acknowledge, to report,
 * returned, and findings to rectify). Tasks awaiting the office's decision wait on others, so they are
 * not counted; overdue tasks are already in one of the counted groups.
 */
export default function TodoMenuBadge() {
  const { queue } = useUnitQueue();
  if (!queue) return null;
  const count =
    queue.toAcknowledge.length +
    queue.toReport.length +
    queue.returned.length +
    queue.findingsToRectify.length;
  return <Badge count={count} size="small" offset={[6, -2]} data-testid="todo-badge" />;
}
