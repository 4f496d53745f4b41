import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Form, Input, Select, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAccess } from '../../../app/useAccess.js';
import { useT } from '../../../app/i18n/useT.js';
import LoadErrorAlert from '../../tasks/components/LoadErrorAlert.js';
import PageTitle from '../../tasks/components/PageTitle.js';
import Panel from '../../tasks/components/Panel.js';
import { TaskListsPageDocument } from '../../../generated/graphql.js';
import type { TaskListFieldsFragment } from '../../../generated/graphql.js';
import { formatDateTime } from '../../tasks/model/format.js';
import TaskListFormModal from './TaskListFormModal.js';
import TaskListStatusTag from './TaskListStatusTag.js';
import withAppContext from '../../findings/components/withAppContext.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import taskListsTexts from '../../../locales/namespaces/task-lists.js';
import tasksTexts from '../../../locales/namespaces/tasks.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(taskListsTexts, tasksTexts);

interface Filters {
  year?: number;
  keyword?: string;
  status?: string;
}

/** 任务清单: every list, searchable, with a way to draft the next one. */
function TaskListsPage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const navigate = useNavigate();
  const access = useAccess();
  const { data, loading, error, refetch } = useQuery(TaskListsPageDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [filters, setFilters] = useState<Filters>({});
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<Filters>();

  const lists = useMemo(() => data?.taskLists ?? [], [data]);
  const years = useMemo(() => [...new Set(lists.map((list) => list.year))].sort((a, b) => b - a), [lists]);
  const shown = useMemo(() => {
    const keyword = filters.keyword?.trim().toLowerCase();
    return lists
      .filter((list) => filters.year === undefined || list.year === filters.year)
      .filter((list) => !filters.status || list.status === filters.status)
      .filter(
        (list) =>
          !keyword ||
          list.title.toLowerCase().includes(keyword) ||
          (list.documentNumber ?? '').toLowerCase().includes(keyword),
      )
      .sort((a, b) => b.year - a.year || b.draftedAt.localeCompare(a.draftedAt));
  }, [lists, filters]);
  const newest = lists.reduce<TaskListFieldsFragment | null>(
    (best, list) => (!best || list.year > best.year ? list : best),
    null,
  );
  const filtered = filters.year !== undefined || !!filters.status || !!filters.keyword?.trim();

  const columns: TableColumnsType<TaskListFieldsFragment> = [
    {
      key: 'year',
      dataIndex: 'year',
      title: t('taskLists.columns.year'),
      width: 80,
      sorter: (a, b) => a.year - b.year,
    },
    {
      key: 'title',
      dataIndex: 'title',
      title: t('taskLists.columns.title'),
      render: (title: string, list) => <Link to={`/task-lists/${list.id}`}>{title}</Link>,
    },
    {
      key: 'documentNumber',
      dataIndex: 'documentNumber',
      title: t('taskLists.columns.documentNumber'),
      width: 200,
      render: (value: string | null) => value ?? '—',
    },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('taskLists.columns.status'),
      width: 96,
      render: (status: string) => <TaskListStatusTag status={status} />,
    },
    {
      key: 'taskCount',
      dataIndex: 'taskCount',
      title: t('taskLists.columns.taskCount'),
      width: 88,
      align: 'right',
      sorter: (a, b) => a.taskCount - b.taskCount,
    },
    {
      key: 'issuedAt',
      title: t('taskLists.columns.issuedAt'),
      width: 150,
      render: (_, list) => (list.issuedAt ? formatDateTime(list.issuedAt) : '—'),
    },
    {
      key: 'actions',
      title: t('taskLists.columns.actions'),
      width: 88,
      render: (_, list) => <Link to={`/task-lists/${list.id}`}>{t('taskLists.open')}</Link>,
    },
  ];

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('taskLists.title')}
        extra={
          access.canManageTaskLists ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('taskLists.create')}
            </Button>
          ) : null
        }
      />
      <Panel>
        <Form<Filters>
          form={form}
          layout="inline"
          name="task-list-search"
          onFinish={setFilters}
          style={{ rowGap: 12 }}
        >
          <Form.Item name="year" label={t('taskLists.search.year')}>
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={t('taskLists.search.all')}
              options={years.map((year) => ({ value: year, label: String(year) }))}
            />
          </Form.Item>
          <Form.Item name="keyword" label={t('taskLists.search.keyword')}>
            <Input allowClear placeholder={t('taskLists.search.keywordPlaceholder')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="status" label={t('taskLists.search.status')}>
            <Select
              allowClear
              style={{ width: 120 }}
              placeholder={t('taskLists.search.all')}
              options={['DRAFT', 'ISSUED'].map((status) => ({
                value: status,
                label: t(`taskLists.status.${status as 'DRAFT'}`),
              }))}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('taskLists.search.submit')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilters({});
                }}
              >
                {t('taskLists.search.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Panel>
      {error && !data ? (
        <LoadErrorAlert title={t('taskLists.loadError')} error={error} onRetry={() => void refetch()} />
      ) : (
        <Panel>
          <Table<TaskListFieldsFragment>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={shown}
            loading={loading && !data}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{
              emptyText: (
                <Empty description={filtered ? t('taskLists.emptyFiltered') : t('taskLists.empty')} />
              ),
            }}
          />
        </Panel>
      )}
      <TaskListFormModal
        open={creating}
        defaults={newest ? { year: newest.year + 1, areas: newest.areas } : undefined}
        onClose={() => setCreating(false)}
        onSaved={(list) => {
          setCreating(false);
          void refetch();
          navigate(`/task-lists/${list.id}`);
        }}
      />
    </Flex>
  );
}

export default withAppContext(TaskListsPage);
