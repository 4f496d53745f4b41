import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Descriptions,
  Flex,
  Row,
  Skeleton,
  Space,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/useT.js';
import TrafficLightBadge from '../../dashboard/components/TrafficLightBadge.js';
import { TaskDetailDocument } from '../../../generated/graphql.js';
import { endOfDayIso, formatDateTime } from '../model/format.js';
import LoadErrorAlert from './LoadErrorAlert.js';
import PageTitle from './PageTitle.js';
import Panel from './Panel.js';
import TaskActionBar from './TaskActionBar.js';
import TaskIndicatorsPanel from './TaskIndicatorsPanel.js';
import TaskRecordsTabs from './TaskRecordsTabs.js';
import TaskReportsPanel from './TaskReportsPanel.js';
import TaskStatusTag from './TaskStatusTag.js';
import TaskStepsBar from './TaskStepsBar.js';
import TaskTimeline from './TaskTimeline.js';
import TaskUnitsTable from './TaskUnitsTable.js';
import withAppContext from '../../findings/components/withAppContext.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import tasksTexts from '../../../locales/namespaces/tasks.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(tasksTexts);

/** A supervised task (督办事项): where it stands, who does what, its figures, its history and the next actions. */
function TaskDetailPage() {
  useNamespaces(namespacesReady);
  const { id = '' } = useParams();
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const asOfDate = params.get('asOf');
  const { data, error, loading, refetch } = useQuery(TaskDetailDocument, {
    variables: { id, asOf: asOfDate ? endOfDayIso(asOfDate) : null },
    fetchPolicy: 'cache-and-network',
  });
  const task = data?.task;

  useEffect(() => {
    if (task) document.title = `${task.title} · ${t('common.appName')}`;
  }, [task, t]);

  const back = (
    <div>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate(-1)}
        style={{ paddingLeft: 0 }}
      >
        {t('tasks.back')}
      </Button>
    </div>
  );
  if (error && !task) {
    return (
      <Flex vertical gap="middle">
        {back}
        <LoadErrorAlert title={t('tasks.loadError')} error={error} onRetry={() => void refetch()} />
      </Flex>
    );
  }
  if (!task) return loading ? <Skeleton active paragraph={{ rows: 12 }} /> : null;

  const cooperating = task.units
    .filter((unit) => unit.role === 'COOPERATING')
    .map((unit) => unit.unitName ?? unit.unitId);
  return (
    <Flex vertical gap="middle">
      {back}
      <PageTitle
        title={
          <Space wrap>
            {task.title}
            <TaskStatusTag status={task.status} />
            {task.trafficLight ? <TrafficLightBadge light={task.trafficLight} namespace="tasks" /> : null}
          </Space>
        }
        extra={
          <Tooltip title={t('dashboard.asOfHint')}>
            <DatePicker
              aria-label={t('dashboard.asOf')}
              placeholder={`${t('dashboard.asOf')}：${t('dashboard.asOfPlaceholder')}`}
              value={asOfDate ? dayjs(asOfDate) : null}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              onChange={(day) => {
                const next = new URLSearchParams(params);
                if (day) next.set('asOf', day.format('YYYY-MM-DD'));
                else next.delete('asOf');
                setParams(next, { replace: true });
              }}
            />
          </Tooltip>
        }
      />
      {asOfDate ? <Alert type="info" showIcon title={t('tasks.asOfActive', { date: asOfDate })} /> : null}
      <Panel>
        <Flex vertical gap={16}>
          <TaskStepsBar task={task} />
          {task.pendingHandoff ? (
            <Alert
              type="warning"
              showIcon
              title={t('tasks.actions.pendingHandoff', {
                from: task.pendingHandoff.fromUnitName ?? '',
                to: task.pendingHandoff.toUnitName ?? task.pendingHandoff.toUnitId,
                reason: task.pendingHandoff.reason,
              })}
            />
          ) : null}
          {task.pendingExtension ? (
            <Alert
              type="warning"
              showIcon
              title={t('tasks.actions.pendingExtension', {
                from: task.pendingExtension.currentDeadline,
                to: task.pendingExtension.requestedDeadline,
                reason: task.pendingExtension.reason,
              })}
            />
          ) : null}
          {task.status === 'CANCELLED' && task.cancelReason ? (
            <Alert type="error" showIcon title={`${t('tasks.fields.cancelReason')}：${task.cancelReason}`} />
          ) : null}
          {asOfDate ? null : <TaskActionBar task={task} />}
        </Flex>
      </Panel>
      <Panel>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('tasks.fields.area')}>{task.area}</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.leadUnit')}>
            {task.leadUnitName ?? task.leadUnitId}
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.cooperatingUnits')}>
            {cooperating.join('、') || t('tasks.fields.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.deadline')}>
            <Typography.Text type={task.overdue ? 'danger' : undefined}>
              {task.deadline}
              {task.overdue ? `（${t('tasks.fields.overdue')}）` : ''}
            </Typography.Text>
          </Descriptions.Item>
          {task.originalDeadline && task.originalDeadline !== task.deadline ? (
            <Descriptions.Item label={t('tasks.fields.originalDeadline')}>
              {task.originalDeadline}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('tasks.fields.percent')}>{task.percent}%</Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.assignedAt')}>
            {formatDateTime(task.assignedAt) || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.fields.lastReportAt')}>
            {formatDateTime(task.lastReportAt) || '—'}
          </Descriptions.Item>
          {task.completedAt ? (
            <Descriptions.Item label={t('tasks.fields.completedAt')}>
              {formatDateTime(task.completedAt)}（{t('tasks.fields.onTime')}：
              {task.onTime ? t('tasks.fields.yes') : t('tasks.fields.no')}）
            </Descriptions.Item>
          ) : null}
          {task.returns > 0 ? (
            <Descriptions.Item label={t('tasks.fields.returns')}>{task.returns}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('tasks.fields.description')} span={3}>
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {task.description}
            </Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
      </Panel>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap="middle">
            <Panel title={t('tasks.units.title')}>
              <TaskUnitsTable units={task.units} />
            </Panel>
            <Panel title={t('tasks.indicators.title')}>
              <TaskIndicatorsPanel task={task} />
            </Panel>
            <Panel title={t('tasks.reports.title')}>
              <TaskReportsPanel entries={task.timeline} />
            </Panel>
            <Panel>
              <TaskRecordsTabs task={task} />
            </Panel>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Panel title={t('tasks.timeline.title')}>
            <TaskTimeline entries={task.timeline} />
          </Panel>
        </Col>
      </Row>
    </Flex>
  );
}

export default withAppContext(TaskDetailPage);
