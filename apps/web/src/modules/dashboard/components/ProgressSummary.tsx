import { theme } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/useT.js';
import { formatPercent } from '../../tasks/model/format.js';
import type { ProgressTotals } from '../model/progress-types.js';
import { drillHref } from '../model/drill-href.js';

/** The district's headline figures for the list, as a row of labelled numbers. */
export default function ProgressSummary({ totals, listId }: { totals: ProgressTotals; listId?: string }) {
  const t = useT();
  const { token } = theme.useToken();
  const items = [
    { key: 'tasks', value: String(totals.tasksLed), href: drillHref(listId, null, 'unit') },
    { key: 'completed', value: String(totals.completed), href: drillHref(listId, null, 'completed') },
    {
      key: 'overdue',
      value: String(totals.overdue),
      danger: totals.overdue > 0,
      href: drillHref(listId, null, 'overdue'),
    },
    { key: 'completionRate', value: formatPercent(totals.completionRate) },
    { key: 'onTimeRate', value: formatPercent(totals.onTimeRate) },
    {
      key: 'findingsOpen',
      value: String(totals.findingsOpen),
      danger: totals.findingsOverdue > 0,
      href: drillHref(listId, null, 'findingsOpen'),
    },
  ] as const;
  return (
    <dl
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
        gap: 12,
        margin: 0,
      }}
      data-testid="progress-summary"
    >
      {items.map((item) => (
        <div
          key={item.key}
          style={{
            background: token.colorBgContainer,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
            padding: '12px 16px',
          }}
        >
          <dt style={{ color: token.colorTextSecondary, fontSize: token.fontSize }}>
            {t(`dashboard.summary.${item.key}`)}
          </dt>
          <dd
            style={{
              margin: '4px 0 0',
              fontSize: 24,
              fontWeight: 500,
              color: 'danger' in item && item.danger ? token.colorError : token.colorText,
            }}
          >
            {'href' in item ? (
              <Link to={item.href} style={{ color: 'inherit' }} data-testid={`summary-${item.key}`}>
                {item.value}
              </Link>
            ) : (
              item.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
