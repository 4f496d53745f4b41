import {
  App,
  Alert,
  Badge,
  Button,
  Card,
  Flex,
  List,
  Popconfirm,
  Progress,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/auth/useSession.js';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import FindingStatusTag from '../../findings/components/FindingStatusTag.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import SeverityTag from '../../findings/components/SeverityTag.js';
import withAppContext from '../../findings/components/withAppContext.js';
import formatTime from '../../findings/format-time.js';
import { AcknowledgeTaskDocument } from '../../../generated/graphql.js';
import type { FindingRowFragment, FindingSeverity, QueueTaskFragment } from '../../../generated/graphql.js';
import { useUnitQueue } from '../hooks/useUnitQueue.js';
import { TASK_GROUPS } from '../queue-groups.js';
import type { TaskGroup } from '../queue-groups.js';
import ReportTaskProgressModal from './ReportTaskProgressModal.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import workspaceTexts from '../../../locales/namespaces/workspace.js';
import findingsTexts from '../../../locales/namespaces/findings.js';
import ledgerTexts from '../../../locales/namespaces/ledger.js';
import tasksTexts from '../../../locales/namespaces/tasks.js';
import UrgeMark from '../../tasks/components/UrgeMark.js';
import { useIsPhone } from '../../../app/layout/useIsPhone.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(workspaceTexts, findingsTexts, ledgerTexts, tasksTexts);

const LIGHT_COLORS: Record<string, string> = { GREEN: 'green', YELLOW: 'gold', RED: 'red' };

/** 我的待办: the unit's queue by what it asks of the unit, with the quick actions beside each task. */
function UnitWorkspacePage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const { message } = App.useApp();
  const describeError = useErrorMessage();
  const user = useSession().session?.user;
  const phone = useIsPhone();
  const { queue, unitId, loading, error, refetch } = useUnitQueue();
  // The unit's own progress (a cooperating unit's, or a new lead's), not the task's lead's.
  const ownPercent = (task: QueueTaskFragment) =>
    task.units.find((unit) => unit.unitId === queue?.unitId)?.percent ?? 0;
  const [reporting, setReporting] = useState<QueueTaskFragment | null>(null);
  const [activeTab, setActiveTab] = useState<string | undefined>(undefined);
  const [acknowledgedOne, setAcknowledgedOne] = useState(false);

  // Open on the first group with something in it, and once acknowledging empties 待签收, follow the
  // task to 待反馈 rather than stay on an empty tab.
  useEffect(() => {
    if (!queue) return;
    if (activeTab === undefined) {
      setActiveTab(TASK_GROUPS.find((group) => queue[group].length > 0) ?? 'toAcknowledge');
    } else if (acknowledgedOne) {
      setAcknowledgedOne(false);
      if (activeTab === 'toAcknowledge' && queue.toAcknowledge.length === 0) setActiveTab('toReport');
    }
  }, [queue, activeTab, acknowledgedOne]);
  const [acknowledge] = useMutation(AcknowledgeTaskDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  const onAcknowledge = async (task: QueueTaskFragment) => {
    try {
      await acknowledge({ variables: { taskId: task.id } });
      setAcknowledgedOne(true);
      void message.success(t('workspace.acknowledged'));
    } catch (failure) {
      void message.error(describeError(failure));
    }
  };

  const taskActions = (group: TaskGroup, task: QueueTaskFragment) => (
    <Space size={phone ? 'small' : 0} wrap>
      {group === 'toAcknowledge' ? (
        <Popconfirm
          title={t('workspace.actions.acknowledge')}
          description={t('workspace.acknowledgeConfirm', { title: task.title })}
          okText={t('findings.confirmOk')}
          cancelText={t('findings.cancel')}
          onConfirm={() => onAcknowledge(task)}
        >
          <Button type={phone ? 'primary' : 'link'}>{t('workspace.actions.acknowledge')}</Button>
        </Popconfirm>
      ) : null}
      {group === 'toReport' ||
      group === 'returned' ||
      (group === 'overdue' && task.status === 'IN_PROGRESS') ? (
        <Button type={phone ? 'primary' : 'link'} onClick={() => setReporting(task)}>
          {t('workspace.actions.report')}
        </Button>
      ) : null}
      {phone ? (
        <Link to={`/tasks/${task.id}`}>
          <Button>{t('workspace.actions.open')}</Button>
        </Link>
      ) : (
        <Link to={`/tasks/${task.id}`}>{t('workspace.actions.open')}</Link>
      )}
    </Space>
  );

  // On a phone each task is a card: title, deadline and progress, with its actions as full buttons.
  const taskCards = (group: TaskGroup, tasks: readonly QueueTaskFragment[]) => (
    <List<QueueTaskFragment>
      dataSource={[...tasks]}
      loading={loading && !queue}
      locale={{ emptyText: t('workspace.empty') }}
      renderItem={(task) => (
        <List.Item key={task.id} data-testid="queue-card">
          <Flex vertical gap={6} style={{ width: '100%' }}>
            <Link to={`/tasks/${task.id}`} style={{ fontWeight: 500 }}>
              {task.title}
            </Link>
            <Space size={4} wrap>
              {task.trafficLight ? (
                <Tag color={LIGHT_COLORS[task.trafficLight]}>{task.deadline}</Tag>
              ) : (
                <Tag>{task.deadline}</Tag>
              )}
              <UrgeMark urges={task.urges} />
              <Typography.Text type="secondary">{task.area}</Typography.Text>
            </Space>
            <Progress percent={ownPercent(task)} size="small" />
            {taskActions(group, task)}
          </Flex>
        </List.Item>
      )}
    />
  );

  const taskTable = (group: TaskGroup, tasks: readonly QueueTaskFragment[]) =>
    phone ? (
      taskCards(group, tasks)
    ) : (
      <Table<QueueTaskFragment>
        rowKey="id"
        size="middle"
        dataSource={[...tasks]}
        loading={loading && !queue}
        locale={{ emptyText: t('workspace.empty') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('workspace.columns.title'),
            dataIndex: 'title',
            render: (title: string, task) => (
              <Space size={4} wrap>
                <Link to={`/tasks/${task.id}`}>{title}</Link>
                <UrgeMark urges={task.urges} />
              </Space>
            ),
          },
          { title: t('workspace.columns.area'), dataIndex: 'area', width: 150, ellipsis: true },
          {
            title: t('workspace.columns.deadline'),
            dataIndex: 'deadline',
            width: 120,
            render: (deadline: string, task) =>
              task.trafficLight ? <Tag color={LIGHT_COLORS[task.trafficLight]}>{deadline}</Tag> : deadline,
          },
          {
            title: t('workspace.columns.percent'),
            key: 'percent',
            width: 140,
            render: (_: unknown, task) => <Progress percent={ownPercent(task)} size="small" />,
          },
          {
            title: t('workspace.columns.lastReportAt'),
            dataIndex: 'lastReportAt',
            width: 150,
            render: (value: string | null) => formatTime(value),
          },
          {
            title: t('workspace.columns.actions'),
            key: 'actions',
            width: 200,
            render: (_: unknown, task) => taskActions(group, task),
          },
        ]}
      />
    );

  const findingTable = (findings: readonly FindingRowFragment[]) =>
    phone ? (
      <List<FindingRowFragment>
        dataSource={[...findings]}
        loading={loading && !queue}
        locale={{ emptyText: t('workspace.empty') }}
        renderItem={(finding) => (
          <List.Item key={finding.id} data-testid="queue-finding-card">
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Link to={`/findings/${finding.id}`}>{finding.description}</Link>
              <Space size={4} wrap>
                <SeverityTag severity={finding.severity} />
                <FindingStatusTag
                  status={finding.status}
                  overdue={finding.overdue}
                  escalated={finding.escalated}
                />
                <Tag>{finding.rectificationDeadline}</Tag>
              </Space>
              <Typography.Text type="secondary">{finding.inspectionTitle}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    ) : (
      <Table<FindingRowFragment>
        rowKey="id"
        size="middle"
        dataSource={[...findings]}
        loading={loading && !queue}
        locale={{ emptyText: t('workspace.empty') }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('ledger.columns.description'),
            dataIndex: 'description',
            ellipsis: true,
            render: (text: string, finding) => <Link to={`/findings/${finding.id}`}>{text}</Link>,
          },
          { title: t('ledger.columns.inspection'), dataIndex: 'inspectionTitle', width: 200, ellipsis: true },
          {
            title: t('ledger.columns.severity'),
            dataIndex: 'severity',
            width: 90,
            render: (severity: FindingSeverity) => <SeverityTag severity={severity} />,
          },
          {
            title: t('ledger.columns.status'),
            dataIndex: 'status',
            width: 180,
            render: (status: string, finding) => (
              <FindingStatusTag status={status} overdue={finding.overdue} escalated={finding.escalated} />
            ),
          },
          { title: t('ledger.columns.deadline'), dataIndex: 'rectificationDeadline', width: 110 },
        ]}
      />
    );

  if (!unitId) return <Alert type="warning" showIcon title={t('workspace.noUnit')} />;

  const groups = [
    ...TASK_GROUPS.map((group) => ({
      key: group,
      count: queue?.[group].length ?? 0,
      children: taskTable(group, queue?.[group] ?? []),
    })),
    {
      key: 'findingsToRectify' as const,
      count: queue?.findingsToRectify.length ?? 0,
      children: findingTable(queue?.findingsToRectify ?? []),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('workspace.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('workspace.subtitle', { unit: user?.unitName ?? unitId })}
        </Typography.Text>
      </div>
      {error ? <LoadFailedAlert error={error} onRetry={() => void refetch()} /> : null}
      <Card>
        <Tabs
          activeKey={activeTab}
          onChange={setActiveTab}
          items={groups.map((group) => ({
            key: group.key,
            label: (
              <Space size={6} data-testid={`queue-tab-${group.key}`}>
                {t(`workspace.groups.${group.key}`)}
                <Badge
                  count={group.count}
                  showZero
                  color={
                    group.key === 'overdue' && group.count > 0 ? 'red' : group.count > 0 ? 'blue' : 'gray'
                  }
                />
              </Space>
            ),
            children: group.children,
          }))}
        />
      </Card>
      <ReportTaskProgressModal
        task={reporting}
        unitId={queue?.unitId ?? ''}
        onClose={() => setReporting(null)}
      />
    </Flex>
  );
}

export default withAppContext(UnitWorkspacePage);
