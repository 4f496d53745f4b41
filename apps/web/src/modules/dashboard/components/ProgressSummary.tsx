import { Card, Col, Row, Statistic } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import type { ProgressTotals } from '../model/progress-types.js';

/** The district's headline figures for the list. */
export default function ProgressSummary({ totals }: { totals: ProgressTotals }) {
  const t = useT();
  const items = [
    { key: 'tasks', value: totals.tasksLed },
    { key: 'completed', value: totals.completed },
    { key: 'overdue', value: totals.overdue, danger: totals.overdue > 0 },
    { key: 'completionRate', value: totals.completionRate, suffix: '%' },
    { key: 'onTimeRate', value: totals.onTimeRate, suffix: '%' },
    { key: 'findingsOpen', value: totals.findingsOpen, danger: totals.findingsOverdue > 0 },
  ] as const;
  return (
    <Row gutter={[12, 12]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t(`dashboard.summary.${item.key}`)}
              value={item.value ?? '—'}
              precision={'suffix' in item && item.value !== null ? 1 : undefined}
              suffix={'suffix' in item && item.value !== null ? item.suffix : undefined}
              styles={'danger' in item && item.danger ? { content: { color: '#dc2626' } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
