import {
  ArrowLeftOutlined,
  EditOutlined,
  FileExcelOutlined,
  PlusOutlined,
  SendOutlined,
} from '@ant-design/icons';
import type { Key } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import LoadErrorAlert from '../../tasks/components/LoadErrorAlert.js';
import PageTitle from '../../tasks/components/PageTitle.js';
import ExportButton from '../../files/components/ExportButton.js';
import { exportUrl } from '../../files/model/export-url.js';
import Panel from '../../tasks/components/Panel.js';
import TaskStatusTag from '../../tasks/components/TaskStatusTag.js';
import {
  IssueTaskListDocument,
  RemoveDraftTaskDocument,
  TaskListDetailDocument,
} from '../../../generated/graphql.js';
import { formatDateTime } from '../../tasks/model/format.js';
import { useListTasks } from '../hooks/useListTasks.js';
import type { ListTask } from '../hooks/useListTasks.js';
import { useUnitOptions } from '../hooks/useUnitOptions.js';
import ImportTasksModal from './ImportTasksModal.js';
import TaskFormModal from './TaskFormModal.js';
import TaskListFormModal from './TaskListFormModal.js';
import TaskListStatusTag from './TaskListStatusTag.js';
import withAppContext from '../../findings/components/withAppContext.js';
import UrgeMark from '../../tasks/components/UrgeMark.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import taskListsTexts from '../../../locales/namespaces/task-lists.js';
import tasksTexts from '../../../locales/namespaces/tasks.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(taskListsTexts, tasksTexts);

/** One task list: its details, its tasks by area, and, while a draft, editing, import and issuing (印发). */
function TaskListDetailPage() {
  useNamespaces(namespacesReady);
  const { id = '' } = useParams();
  const t = useT();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const access = useAccess();
  const listQuery = useQuery(TaskListDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const { tasks, loading: tasksLoading, error: tasksError, reload } = useListTasks(id);
  const units = useUnitOptions();
  const [issue, issuing] = useMutation(IssueTaskListDocument);
  const [removeTask] = useMutation(RemoveDraftTaskDocument);
  const [editingInfo, setEditingInfo] = useState(false);
  const [taskForm, setTaskForm] = useState<{ task: ListTask | null } | null>(null);
  const [importing, setImporting] = useState(false);
  // The area filter of the table, kept here so the exports hold what the table shows.
  const [areaFilter, setAreaFilter] = useState<string | null>(null);

  const list = listQuery.data?.taskList;
  const draft = list?.status === 'DRAFT' && access.canManageTaskLists;
  const areaOrder = useMemo(() => new Map((list?.areas ?? []).map((area, index) => [area, index])), [list]);
  const sorted = useMemo(
    () =>
      tasks
        .filter((task) => task.status !== 'REMOVED')
        .sort(
          (a, b) =>
            (areaOrder.get(a.area) ?? 99) - (areaOrder.get(b.area) ?? 99) ||
            a.deadline.localeCompare(b.deadline),
        ),
    [tasks, areaOrder],
  );

  useEffect(() => {
    if (list) document.title = `${list.title} · ${t('common.appName')}`;
  }, [list, t]);

  const afterChange = () => {
    void reload();
    void listQuery.refetch();
  };

  const confirmIssue = () => {
    if (!list) return;
    if (!list.documentNumber) {
      message.warning(t('taskLists.detail.issueNeedsDocumentNumber'));
      return;
    }
    if (sorted.length === 0) {
      message.warning(t('taskLists.detail.issueNeedsTasks'));
      return;
    }
    modal.confirm({
      title: t('taskLists.detail.issueConfirmTitle'),
      content: t('taskLists.detail.issueConfirmContent', { count: sorted.length }),
      okText: t('taskLists.detail.issue'),
      cancelText: t('taskLists.form.cancel'),
      onOk: async () => {
        try {
          await issue({ variables: { listId: list.id } });
          message.success(t('taskLists.detail.issued'));
          afterChange();
        } catch (error) {
          message.error(describe(error));
        }
      },
    });
  };

  const remove = async (task: ListTask) => {
    try {
      await removeTask({ variables: { input: { taskId: task.id } } });
      message.success(t('taskLists.detail.removed'));
      afterChange();
    } catch (error) {
      message.error(describe(error));
    }
  };

  const columns: TableColumnsType<ListTask> = [
    {
      key: 'area',
      dataIndex: 'area',
      title: t('taskLists.taskColumns.area'),
      width: 130,
      filters: (list?.areas ?? []).map((area) => ({ text: area, value: area })),
      filterMultiple: false,
      filteredValue: areaFilter ? [areaFilter] : null,
      onFilter: (value, task) => task.area === value,
    },
    {
      key: 'title',
      dataIndex: 'title',
      title: t('taskLists.taskColumns.title'),
      render: (title: string, task) =>
        draft ? (
          title
        ) : (
          <Space size={4} wrap>
            <Link to={`/tasks/${task.id}`}>{title}</Link>
            <UrgeMark urges={task.urges} />
          </Space>
        ),
    },
    {
      key: 'leadUnit',
      title: t('taskLists.taskColumns.leadUnit'),
      width: 140,
      render: (_, task) => task.leadUnitName ?? units.nameOf(task.leadUnitId),
    },
    {
      key: 'cooperatingUnits',
      title: t('taskLists.taskColumns.cooperatingUnits'),
      width: 180,
      render: (_, task) => task.cooperatingUnitIds.map(units.nameOf).join('、') || '—',
    },
    {
      key: 'deadline',
      dataIndex: 'deadline',
      title: t('taskLists.taskColumns.deadline'),
      width: 110,
      sorter: (a, b) => a.deadline.localeCompare(b.deadline),
    },
    {
      key: 'indicators',
      title: t('taskLists.taskColumns.indicators'),
      width: 72,
      align: 'right',
      render: (_, task) => task.indicators.length || '—',
    },
    ...(draft
      ? []
      : [
          {
            key: 'status',
            title: t('taskLists.taskColumns.status'),
            width: 110,
            // Filter by state among those present, like the area column.
            filters: [...new Set(sorted.map((task) => task.status))].map((status) => ({
              text: t.lookup(`tasks.status.${status}`) ?? status,
              value: status,
            })),
            onFilter: (value: boolean | Key, task: ListTask) => task.status === value,
            render: (_: unknown, task: ListTask) => <TaskStatusTag status={task.status} />,
          },
        ]),
    {
      key: 'actions',
      title: t('taskLists.taskColumns.actions'),
      width: 120,
      render: (_, task) =>
        draft ? (
          <Space size={4}>
            <Button type="link" size="small" onClick={() => setTaskForm({ task })}>
              {t('taskLists.detail.editTask')}
            </Button>
            <Popconfirm
              title={t('taskLists.detail.removeConfirm', { title: task.title })}
              okText={t('taskLists.detail.removeTask')}
              cancelText={t('taskLists.form.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => remove(task)}
            >
              <Button type="link" size="small" danger>
                {t('taskLists.detail.removeTask')}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <Link to={`/tasks/${task.id}`}>{t('taskLists.detail.openTask')}</Link>
        ),
    },
  ];

  if (listQuery.error && !list) {
    return (
      <Flex vertical gap="middle">
        <PageTitle title={t('taskLists.title')} />
        <LoadErrorAlert
          title={t('taskLists.detail.notFound')}
          error={listQuery.error}
          onRetry={() => void listQuery.refetch()}
        />
      </Flex>
    );
  }
  if (!list) return <Skeleton active paragraph={{ rows: 10 }} />;

  return (
    <Flex vertical gap="middle">
      <div>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={() => navigate('/task-lists')}
          style={{ paddingLeft: 0 }}
        >
          {t('taskLists.detail.back')}
        </Button>
      </div>
      <PageTitle
        title={
          <Space>
            {list.title}
            <TaskListStatusTag status={list.status} />
          </Space>
        }
        extra={
          draft ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditingInfo(true)}>
                {t('taskLists.detail.editInfo')}
              </Button>
              <Button type="primary" icon={<SendOutlined />} loading={issuing.loading} onClick={confirmIssue}>
                {t('taskLists.detail.issue')}
              </Button>
            </>
          ) : null
        }
      />
      <Panel title={t('taskLists.detail.info')}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('taskLists.columns.year')}>{list.year}</Descriptions.Item>
          <Descriptions.Item label={t('taskLists.columns.documentNumber')}>
            {list.documentNumber ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('taskLists.columns.issuedAt')}>
            {list.issuedAt ? formatDateTime(list.issuedAt) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('taskLists.form.areas')} span={3}>
            <Space size={[4, 4]} wrap>
              {list.areas.map((area) => (
                <Tag key={area}>{area}</Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
        {!draft && list.status === 'ISSUED' ? (
          <Typography.Text type="secondary">{t('taskLists.detail.readOnly')}</Typography.Text>
        ) : null}
      </Panel>
      <Panel
        title={`${t('taskLists.detail.tasks')}（${t('taskLists.detail.tasksCount', { count: sorted.length })}）`}
        extra={
          draft ? (
            <Space>
              <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)}>
                {t('taskLists.detail.import')}
              </Button>
              <Button
                type="primary"
                ghost
                icon={<PlusOutlined />}
                onClick={() => setTaskForm({ task: null })}
              >
                {t('taskLists.detail.addTask')}
              </Button>
            </Space>
          ) : list.status !== 'DRAFT' && access.canSeeReports ? (
            <Space wrap>
              <ExportButton
                url={exportUrl('/ledgers/tasks.xlsx', { taskListId: list.id, area: areaFilter })}
                fallbackName="tasks.xlsx"
              >
                {t('common.exports.tasksLedger')}
              </ExportButton>
              <ExportButton
                url={exportUrl('/ledgers/indicators.xlsx', { taskListId: list.id, area: areaFilter })}
                fallbackName="indicators.xlsx"
              >
                {t('common.exports.indicatorLedger')}
              </ExportButton>
              <ExportButton
                url={exportUrl('/ledgers/handoffs.xlsx', { taskListId: list.id })}
                fallbackName="handoffs.xlsx"
              >
                {t('common.exports.handoffRecord')}
              </ExportButton>
            </Space>
          ) : null
        }
      >
        {tasksError ? (
          <Alert type="error" showIcon role="alert" title={describe(tasksError)} />
        ) : (
          <Table<ListTask>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={sorted}
            loading={tasksLoading}
            pagination={sorted.length > 50 ? { pageSize: 50 } : false}
            onChange={(_, filters) => setAreaFilter((filters.area?.[0] as string | undefined) ?? null)}
            scroll={{ x: 1000 }}
            sticky
            locale={{ emptyText: <Empty description={t('taskLists.detail.noTasks')} /> }}
            data-testid="list-tasks"
          />
        )}
      </Panel>
      <TaskListFormModal
        open={editingInfo}
        list={list}
        onClose={() => setEditingInfo(false)}
        onSaved={() => {
          setEditingInfo(false);
          void listQuery.refetch();
        }}
      />
      <TaskFormModal
        open={taskForm !== null}
        listId={list.id}
        areas={list.areas}
        units={units.active}
        task={taskForm?.task}
        onClose={() => setTaskForm(null)}
        onSaved={() => {
          setTaskForm(null);
          afterChange();
        }}
      />
      <ImportTasksModal
        open={importing}
        listId={list.id}
        areas={list.areas}
        units={units.active}
        onClose={() => setImporting(false)}
        onCreated={afterChange}
      />
    </Flex>
  );
}

export default withAppContext(TaskListDetailPage);
