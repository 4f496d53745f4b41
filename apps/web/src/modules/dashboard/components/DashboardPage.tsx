import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Skeleton } from 'antd';
import { Suspense, lazy, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import ExportButton from '../../files/components/ExportButton.js';
import { exportUrl } from '../../files/model/export-url.js';
import LoadErrorAlert from '../../tasks/components/LoadErrorAlert.js';
import PageTitle from '../../tasks/components/PageTitle.js';
import Panel from '../../tasks/components/Panel.js';
import { endOfDayIso, formatDateTime } from '../../tasks/model/format.js';
import { useAfterFirstPaint } from '../hooks/useAfterFirstPaint.js';
import { useDashboardProgress } from '../hooks/useDashboardProgress.js';
import { useDashboardTaskLists } from '../hooks/useDashboardTaskLists.js';
import { useProgressTrend } from '../hooks/useProgressTrend.js';
import DepartmentProgressTable from './DepartmentProgressTable.js';
import { NativeDateInput, NativeSelect } from './NativeField.js';
import ProgressSummary from './ProgressSummary.js';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

// ECharts lives in this chunk only, fetched once the table is on screen.
const DashboardCharts = lazy(() => import('./DashboardCharts.js'));

/** 工作台: progress per department for one issued task list, now (live) or as of a past day (时点查询). */
export default function DashboardPage() {
  const t = useT();
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  const lists = useDashboardTaskLists();
  const listId = params.get('list') ?? lists.lists[0]?.id;
  const asOfDate = params.get('asOf');
  const asOf = asOfDate ? endOfDayIso(asOfDate) : null;
  const { progress, refreshing, error, refetch, live } = useDashboardProgress(listId, asOf);
  // A past year's list is shown up to its year's end unless a day is chosen: its last twelve weeks
  // from today would be a flat line.
  const listYear = lists.lists.find((list) => list.id === listId)?.year;
  const trendAsOf =
    asOf ??
    (listYear !== undefined && listYear < new Date().getFullYear() ? endOfDayIso(`${listYear}-12-31`) : null);
  const { trend } = useProgressTrend(listId, trendAsOf);
  const painted = useAfterFirstPaint();

  useEffect(() => {
    document.title = `${t('dashboard.title')} · ${t('common.appName')}`;
  }, [t]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const tools = (
    <>
      <NativeSelect
        aria-label={t('dashboard.taskList')}
        width={320}
        value={listId ?? ''}
        disabled={lists.loading}
        onChange={(event) => update({ list: event.target.value })}
      >
        {listId ? null : <option value="">{t('dashboard.pickTaskList')}</option>}
        {lists.lists.map((list) => (
          <option key={list.id} value={list.id}>{`${list.year} · ${list.title}`}</option>
        ))}
      </NativeSelect>
      <label style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }} title={t('dashboard.asOfHint')}>
        {t('dashboard.asOf')}
        <NativeDateInput
          width={160}
          value={asOfDate ?? ''}
          max={today()}
          onChange={(event) => update({ asOf: event.target.value || null })}
        />
      </label>
      {live ? (
        <span
          title={t('dashboard.liveHint')}
          style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
        >
          <span aria-hidden style={{ width: 8, height: 8, borderRadius: '50%', background: '#1d4ed8' }} />
          {t('dashboard.live')}
        </span>
      ) : null}
      <Button
        icon={<ReloadOutlined />}
        onClick={refetch}
        loading={refreshing}
        aria-label={t('common.retry')}
      />
    </>
  );

  let body;
  if (lists.error) {
    body = <LoadErrorAlert title={t('dashboard.loadError')} error={lists.error} onRetry={lists.refetch} />;
  } else if (!lists.loading && lists.lists.length === 0) {
    body = (
      <Panel>
        <Empty description={t('dashboard.noTaskLists')} />
      </Panel>
    );
  } else if (error && !progress) {
    body = <LoadErrorAlert title={t('dashboard.loadError')} error={error} onRetry={refetch} />;
  } else if (!progress) {
    body = (
      <Panel>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Panel>
    );
  } else {
    body = (
      <>
        {asOfDate ? (
          <Alert
            type="info"
            showIcon
            title={t('dashboard.asOfActive', { date: asOfDate })}
            action={
              <Button size="small" onClick={() => update({ asOf: null })}>
                {t('dashboard.backToNow')}
              </Button>
            }
          />
        ) : null}
        <ProgressSummary totals={progress.totals} listId={listId} />
        <Panel
          title={t('dashboard.table.title')}
          extra={
            <Flex gap="small" align="center" wrap>
              <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>
                {t('dashboard.updatedAt', { time: formatDateTime(progress.at) })}
              </span>
              {access.canSeeReports ? (
                <ExportButton
                  url={exportUrl('/ledgers/progress.xlsx', { taskListId: listId, asOf: asOfDate })}
                  fallbackName="progress.xlsx"
                >
                  {t('common.exports.progressLedger')}
                </ExportButton>
              ) : null}
            </Flex>
          }
        >
          <DepartmentProgressTable rows={progress.units} listId={listId} />
        </Panel>
        {painted ? (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
            <DashboardCharts progress={progress} trend={trend} />
          </Suspense>
        ) : null}
      </>
    );
  }

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('dashboard.title')} extra={tools} />
      {body}
    </Flex>
  );
}
