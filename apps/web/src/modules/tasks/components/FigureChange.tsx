import { Form, Typography } from 'antd';
import { useT } from '../../../app/i18n/useT.js';

/**
 * Beside an indicator's field: the last cumulative figure and how far the typed one moves it, so a
 * quarter's figure typed where the year's total belongs shows as a fall at once.
 */
export default function FigureChange({
  indicatorId,
  last,
}: {
  indicatorId: string;
  last: number | null | undefined;
}) {
  const t = useT();
  const form = Form.useFormInstance();
  const value = Form.useWatch(['figures', indicatorId], form) as number | null | undefined;
  if (last === null || last === undefined) return <span>{t('tasks.forms.noLastFigure')}</span>;
  const change = typeof value === 'number' ? value - last : null;
  return (
    <span data-testid={`figure-change-${indicatorId}`}>
      {t('tasks.forms.lastFigure', { value: last })}
      {change !== null && change !== 0 ? (
        <Typography.Text type={change < 0 ? 'danger' : 'success'} style={{ marginInlineStart: 8 }}>
          {change < 0
            ? t('tasks.forms.figureFalls', { change: String(change) })
            : t('tasks.forms.figureRises', { change: `+${change}` })}
        </Typography.Text>
      ) : null}
    </span>
  );
}
