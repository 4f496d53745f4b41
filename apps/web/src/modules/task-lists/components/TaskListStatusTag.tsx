import { Tag } from 'antd';
import { useT } from '../../../app/i18n/useT.js';

export default function TaskListStatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag color={status === 'ISSUED' ? 'green' : 'default'}>
      {t.lookup(`taskLists.status.${status}`) ?? status}
    </Tag>
  );
}
