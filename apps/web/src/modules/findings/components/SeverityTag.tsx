import { Tag } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import type { FindingSeverity } from '../../../generated/graphql.js';

const COLORS: Record<FindingSeverity, string> = { LOW: 'default', MEDIUM: 'orange', HIGH: 'red' };

export default function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const t = useT();
  return <Tag color={COLORS[severity]}>{t(`findings.severity.${severity}`)}</Tag>;
}
