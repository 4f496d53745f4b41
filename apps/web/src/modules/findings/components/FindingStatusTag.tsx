import { Space, Tag } from 'antd';
import { useT } from '../../../app/i18n/useT.js';

const COLORS: Record<string, string> = {
  LOGGED: 'default',
  NOTIFIED: 'blue',
  RECTIFYING: 'processing',
  AWAITING_VERIFICATION: 'gold',
  CLOSED: 'success',
};

/** A finding's status, with overdue and escalation flags beside it. */
export default function FindingStatusTag({
  status,
  overdue = false,
  escalated = false,
}: {
  status: string;
  overdue?: boolean;
  escalated?: boolean;
}) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[status] ?? 'default'}>{t.lookup(`findings.status.${status}`) ?? status}</Tag>
      {overdue ? <Tag color="error">{t('findings.overdue')}</Tag> : null}
      {escalated ? <Tag color="volcano">{t('findings.escalated')}</Tag> : null}
    </Space>
  );
}
