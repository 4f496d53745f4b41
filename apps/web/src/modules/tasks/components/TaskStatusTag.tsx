import { Tag } from 'antd';
import { useT } from '../../../app/i18n/useT.js';

const COLOURS: Record<string, string> = {
  DRAFT: 'default',
  ASSIGNED: 'blue',
  IN_PROGRESS: 'processing',
  AWAITING_REVIEW: 'gold',
  HANDOFF_PENDING: 'purple',
  COMPLETED: 'success',
  CANCELLED: 'default',
  REMOVED: 'default',
};

export default function TaskStatusTag({ status }: { status: string }) {
  const t = useT();
  return <Tag color={COLOURS[status] ?? 'default'}>{t.lookup(`tasks.status.${status}`) ?? status}</Tag>;
}
