import { Button, Card, Flex, List, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../../app/auth/useSession.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import { useT } from '../../../app/i18n/useT.js';
import { useIsPhone } from '../../../app/layout/useIsPhone.js';
import { DashboardTaskListsDocument, UnitTasksDocument } from '../../../generated/graphql.js';
import type { TaskFilterInput, TaskStatus, UnitTaskRowFragment } from '../../../generated/graphql.js';
import tasksTexts from '../../../locales/namespaces/tasks.js';
import workspaceTexts from '../../../locales/namespaces/workspace.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import { useUnitOptions } from '../../task-lists/hooks/useUnitOptions.js';
import TaskStatusTag from '../../tasks/components/TaskStatusTag.js';
import UrgeMark from '../../tasks/components/UrgeMark.js';

const namespacesReady = registerNamespaces(workspaceTexts, tasksTexts);

const STATUSES: readonly TaskStatus[] = [
  'ASSIGNED',
  'IN_PROGRESS',
  'AWAITING_REVIEW',
  'HANDOFF_PENDING',
  'COMPLETED',
  'CANCELLED',
];
const LIGHT_COLORS: Record<string, string> = { GREEN: 'green', YELLOW: 'gold', RED: 'red' };

type Role = 'lead' | 'cooperating';

/**
 * A list of tasks whose filters (list, unit, area, state, overdue, role) live in the address, so a
 * view can be bookmarked or sent on. `unit` scope is a unit officer's 任务: every task the unit leads
 * or cooperates on. `district` scope is where the dashboard's numbers lead the office, leaders and
 * inspectors: any unit, or all.
 */
export function TasksPage({ scope }: { scope: 'unit' | 'district' }) {
  useNamespaces(namespacesReady);
  const t = useT();
  const phone = useIsPhone();
  const ownUnitId = useSession().session?.user.unitId ?? '';
  const [params, setParams] = useSearchParams();
  const unitId = scope === 'unit' ? ownUnitId : (params.get('unit') ?? '');
  const area = params.get('area') ?? undefined;
  const units = useUnitOptions();
  const listId = params.get('list') ?? undefined;
  const status = (params.get('status') as TaskStatus | null) ?? undefined;
  const overdueParam = params.get('overdue');
  const overdue = overdueParam === 'true' ? true : overdueParam === 'false' ? false : undefined;
  const role = (params.get('role') as Role | null) ?? undefined;

  const setParam = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  // Leading is a filter the API knows; cooperating is "on the task, not leading it".
  const filter: TaskFilterInput = {
    ...(unitId ? (role === 'lead' ? { leadUnitId: unitId } : { unitId }) : {}),
    ...(area ? { area } : {}),
    ...(listId ? { taskListId: listId } : {}),
    // Drafts are the office's work in progress: a unit sees tasks once they are issued to it.
    statuses: status ? [status] : [...STATUSES],
    ...(overdue !== undefined ? { overdue } : {}),
  };
  const lists = useQuery(DashboardTaskListsDocument, { fetchPolicy: 'cache-first' });
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(UnitTasksDocument, {
    variables: { filter },
    skip: scope === 'unit' && !unitId,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.tasks;
  const rows = useMemo(
    () => (page?.items ?? []).filter((task) => (role === 'cooperating' ? task.leadUnitId !== unitId : true)),
    [page, role, unitId],
  );
  const listOptions = (lists.data?.taskLists ?? [])
    .filter((list) => list.status === 'ISSUED')
    .map((list) => ({ value: list.id, label: list.title }));

  const loadMore = () =>
    void fetchMore({
      variables: { after: page?.nextCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        tasks: {
          ...fetchMoreResult.tasks,
          items: [...previous.tasks.items, ...fetchMoreResult.tasks.items],
        },
      }),
    });

  const roleTag = (task: UnitTaskRowFragment) =>
    !unitId ? (
      <Tag>{task.leadUnitName ?? units.nameOf(task.leadUnitId)}</Tag>
    ) : task.leadUnitId === unitId ? (
      <Tag color="blue">{t('tasks.units.roles.LEAD')}</Tag>
    ) : (
      <Tag>{t('tasks.units.roles.COOPERATING')}</Tag>
    );
  const deadline = (task: UnitTaskRowFragment) =>
    task.trafficLight ? (
      <Tag color={LIGHT_COLORS[task.trafficLight]}>
        {task.deadline}
        {task.overdue ? ` · ${t('tasks.trafficLight.RED')}` : ''}
      </Tag>
    ) : (
      task.deadline
    );

  const filters = (
    <Flex wrap gap="small" data-testid="my-tasks-filters">
      {scope === 'district' ? (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('workspace.myTasks.filters.unit')}
          placeholder={t('workspace.myTasks.filters.allUnits')}
          style={{ minWidth: phone ? '100%' : 200 }}
          options={units.units.map((unit) => ({ value: unit.id, label: unit.name }))}
          value={unitId || undefined}
          onChange={(value?: string) => setParam('unit', value)}
        />
      ) : null}
      {area ? (
        <Tag closable onClose={() => setParam('area', undefined)} style={{ alignSelf: 'center' }}>
          {area}
        </Tag>
      ) : null}
      <Select
        allowClear
        aria-label={t('workspace.myTasks.filters.list')}
        placeholder={t('workspace.myTasks.filters.allLists')}
        style={{ minWidth: phone ? '100%' : 240 }}
        options={listOptions}
        value={listId}
        onChange={(value?: string) => setParam('list', value)}
      />
      <Select
        allowClear
        aria-label={t('workspace.myTasks.filters.status')}
        placeholder={t('workspace.myTasks.filters.allStatuses')}
        style={{ minWidth: 140, flex: phone ? 1 : undefined }}
        options={STATUSES.map((value) => ({ value, label: t(`tasks.status.${value}`) }))}
        value={status}
        onChange={(value?: string) => setParam('status', value)}
      />
      <Select
        allowClear
        aria-label={t('workspace.myTasks.filters.overdue')}
        placeholder={t('workspace.myTasks.filters.anyDeadline')}
        style={{ minWidth: 120, flex: phone ? 1 : undefined }}
        options={[
          { value: 'true', label: t('workspace.myTasks.filters.onlyOverdue') },
          { value: 'false', label: t('workspace.myTasks.filters.notOverdue') },
        ]}
        value={overdueParam ?? undefined}
        onChange={(value?: string) => setParam('overdue', value)}
      />
      {unitId ? (
        <Select
          allowClear
          aria-label={t('workspace.myTasks.filters.role')}
          placeholder={t('workspace.myTasks.filters.anyRole')}
          style={{ minWidth: 120, flex: phone ? 1 : undefined }}
          options={[
            { value: 'lead', label: t('tasks.units.roles.LEAD') },
            { value: 'cooperating', label: t('tasks.units.roles.COOPERATING') },
          ]}
          value={role}
          onChange={(value?: string) => setParam('role', value)}
        />
      ) : null}
    </Flex>
  );

  const list = phone ? (
    <List<UnitTaskRowFragment>
      data-testid="my-tasks-cards"
      loading={loading && !page}
      dataSource={rows}
      locale={{ emptyText: t('workspace.myTasks.empty') }}
      renderItem={(task) => (
        <List.Item key={task.id} data-testid="task-card">
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Link to={`/tasks/${task.id}`} style={{ fontWeight: 500 }}>
              {task.title}
            </Link>
            <Space size={4} wrap>
              {roleTag(task)}
              <TaskStatusTag status={task.status} />
              {deadline(task)}
              <UrgeMark urges={task.urges} />
            </Space>
            <Typography.Text type="secondary">{task.area}</Typography.Text>
            <Progress percent={task.percent} size="small" />
          </Flex>
        </List.Item>
      )}
    />
  ) : (
    <Table<UnitTaskRowFragment>
      rowKey="id"
      size="middle"
      sticky
      loading={loading && !page}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('workspace.myTasks.empty') }}
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
        {
          title: unitId ? t('workspace.myTasks.columns.role') : t('tasks.fields.leadUnit'),
          key: 'role',
          width: unitId ? 90 : 140,
          render: (_: unknown, task) => roleTag(task),
        },
        { title: t('workspace.columns.area'), dataIndex: 'area', width: 160, ellipsis: true },
        {
          title: t('workspace.columns.status'),
          dataIndex: 'status',
          width: 120,
          render: (value: string) => <TaskStatusTag status={value} />,
        },
        {
          title: t('workspace.columns.deadline'),
          dataIndex: 'deadline',
          width: 150,
          render: (_: string, task) => deadline(task),
        },
        {
          title: t('workspace.myTasks.columns.percent'),
          dataIndex: 'percent',
          width: 140,
          render: (percent: number) => <Progress percent={percent} size="small" />,
        },
      ]}
    />
  );

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {scope === 'unit' ? t('workspace.myTasks.title') : t('workspace.myTasks.districtTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {scope === 'unit'
            ? t('workspace.myTasks.subtitle')
            : unitId
              ? t('workspace.myTasks.unitSubtitle', { unit: units.nameOf(unitId) })
              : t('workspace.myTasks.districtSubtitle')}
        </Typography.Text>
      </div>
      {error ? <LoadFailedAlert error={error} onRetry={() => void refetch()} /> : null}
      <Card size={phone ? 'small' : 'default'}>
        <Flex vertical gap="middle">
          {filters}
          <Typography.Text type="secondary" data-testid="my-tasks-total">
            {t('workspace.myTasks.total', {
              count: role === 'cooperating' ? rows.length : (page?.total ?? 0),
            })}
          </Typography.Text>
          {list}
          {page?.nextCursor ? (
            <Button onClick={loadMore} block={phone}>
              {t('workspace.myTasks.loadMore')}
            </Button>
          ) : null}
        </Flex>
      </Card>
    </Flex>
  );
}
