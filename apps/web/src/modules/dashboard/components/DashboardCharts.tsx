import { Col, Empty, Row } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import Panel from '../../tasks/components/Panel.js';
import type { DepartmentProgressView } from '../model/progress-types.js';
import EChart from './EChart.js';

export interface ProgressWeekPoint {
  weekStart: string;
  completions: number;
  closures: number;
}

const GREEN = '#16a34a';
const BLUE = '#2563eb';
const RED = '#dc2626';
const AMBER = '#d97706';

/** The dashboard's charts; this module (and ECharts with it) is loaded after the page has painted. */
export default function DashboardCharts({
  progress,
  trend,
}: {
  progress: DepartmentProgressView;
  trend: readonly ProgressWeekPoint[];
}) {
  const t = useT();

  const byUnit = useMemo<EChartsCoreOption>(() => {
    // Every unit appears, in the table's order, and a 0% bar still carries its figure; a unit that
    // leads nothing on the list reads "—" rather than a rate it does not have.
    const units = [...progress.units].sort((a, b) => (a.completionRate ?? -1) - (b.completionRate ?? -1));
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (value: number) => `${value}%` },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: units.map((unit) => unit.unitName), axisLabel: { interval: 0 } },
      series: [
        {
          name: t('dashboard.charts.completionRate'),
          type: 'bar',
          label: {
            show: true,
            position: 'right',
            formatter: (params: { dataIndex: number }) => {
              const rate = units[params.dataIndex]?.completionRate;
              return rate === null || rate === undefined ? '—' : `${rate.toFixed(1)}%`;
            },
          },
          data: units.map((unit) => ({
            value: unit.completionRate ?? 0,
            itemStyle: { color: unit.overdue > 0 ? RED : unit.trafficLight === 'YELLOW' ? AMBER : GREEN },
          })),
        },
      ],
    };
  }, [progress.units, t]);

  const byArea = useMemo<EChartsCoreOption>(() => {
    const areas = progress.areas;
    const series = (name: string, color: string, values: number[]) => ({
      name,
      type: 'bar',
      stack: 'tasks',
      color,
      data: values,
    });
    return {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: areas.map((area) => area.area),
        axisLabel: { interval: 0, rotate: 30, width: 96, overflow: 'truncate' },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        series(
          t('dashboard.charts.completed'),
          GREEN,
          areas.map((area) => area.completed),
        ),
        series(
          t('dashboard.charts.inProgress'),
          BLUE,
          areas.map((area) => Math.max(0, area.tasksLed - area.completed - area.overdue)),
        ),
        series(
          t('dashboard.charts.overdue'),
          RED,
          areas.map((area) => area.overdue),
        ),
      ],
    };
  }, [progress.areas, t]);

  const weekly = useMemo<EChartsCoreOption>(
    () => ({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: trend.map((week) => week.weekStart.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('dashboard.charts.completed'),
          type: 'line',
          color: GREEN,
          smooth: true,
          data: trend.map((week) => week.completions),
        },
        {
          name: t('dashboard.charts.findingsClosed'),
          type: 'line',
          color: BLUE,
          smooth: true,
          data: trend.map((week) => week.closures),
        },
      ],
    }),
    [trend, t],
  );

  const findings = useMemo<EChartsCoreOption>(() => {
    const totals = progress.totals;
    const notStarted = Math.max(0, totals.findingsOpen - totals.findingsRectifying);
    return {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          center: ['50%', '45%'],
          label: { formatter: '{b}: {c}' },
          data: [
            { name: t('dashboard.charts.findingsOpen'), value: notStarted, itemStyle: { color: AMBER } },
            {
              name: t('dashboard.charts.findingsRectifying'),
              value: totals.findingsRectifying,
              itemStyle: { color: BLUE },
            },
            {
              name: t('dashboard.charts.findingsClosed'),
              value: totals.findingsClosed,
              itemStyle: { color: GREEN },
            },
          ].filter((slice) => slice.value > 0),
        },
      ],
    };
  }, [progress.totals, t]);

  const findingsTotal = progress.totals.findingsOpen + progress.totals.findingsClosed;
  const noData = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.charts.noData')} />;
  const unitsHeight = Math.max(240, progress.units.length * 24 + 32);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Panel title={t('dashboard.charts.byUnit')}>
          {progress.units.some((unit) => unit.tasksLed > 0) ? (
            <EChart option={byUnit} label={t('dashboard.charts.byUnit')} height={unitsHeight} />
          ) : (
            noData
          )}
        </Panel>
      </Col>
      <Col xs={24} xl={12}>
        <Panel title={t('dashboard.charts.byArea')}>
          {progress.areas.length > 0 ? (
            <EChart option={byArea} label={t('dashboard.charts.byArea')} />
          ) : (
            noData
          )}
        </Panel>
      </Col>
      <Col xs={24} xl={12}>
        <Panel title={t('dashboard.charts.trend')}>
          {trend.length > 0 ? (
            <EChart option={weekly} label={t('dashboard.charts.trend')} height={280} />
          ) : (
            noData
          )}
        </Panel>
      </Col>
      <Col xs={24} xl={12}>
        <Panel title={t('dashboard.charts.findings')}>
          {findingsTotal > 0 ? (
            <>
              <EChart option={findings} label={t('dashboard.charts.findings')} height={250} />
              {progress.totals.findingsOverdue > 0 ? (
                <p style={{ margin: 0, color: RED, textAlign: 'center' }}>
                  {t('dashboard.charts.findingsOverdue')}: {progress.totals.findingsOverdue}
                </p>
              ) : null}
            </>
          ) : (
            noData
          )}
        </Panel>
      </Col>
    </Row>
  );
}
