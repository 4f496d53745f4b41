import { Badge } from 'antd';
import { useInbox } from '../hooks/useInbox.js';

/** The menu's count for 待我处理: every decision waiting for the signed-in role. */
export default function InboxMenuBadge() {
  const { items, loaded } = useInbox();
  if (!loaded) return null;
  return (
    <Badge count={items.length} size="small" offset={[6, -2]} data-testid="inbox-badge" showZero={false} />
  );
}
