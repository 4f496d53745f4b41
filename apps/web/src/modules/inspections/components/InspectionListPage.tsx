import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import formatTime from '../../findings/format-time.js';
import type { InspectionKind, InspectionSummaryFragment } from '../../../generated/graphql.js';
import { INSPECTION_KINDS } from '../inspection-kinds.js';
import { useInspections } from '../hooks/useInspections.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import inspectionsTexts from '../../../locales/namespaces/inspections.js';
import findingsTexts from '../../../locales/namespaces/findings.js';
import ledgerTexts from '../../../locales/namespaces/ledger.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(inspectionsTexts, findingsTexts, ledgerTexts);

interface SearchValues {
  keyword?: string;
  kind?: InspectionKind;
  status?: string;
}

/** 督察 list: search form over the inspections, newest first. */
export default function InspectionListPage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const navigate = useNavigate();
  const access = useAccess();
  const [form] = Form.useForm<SearchValues>();
  const [search, setSearch] = useState<SearchValues>({});
  const { inspections, loading, error, refetch } = useInspections();
  const all = t('inspections.search.all');

  const rows = useMemo(() => {
    const keyword = search.keyword?.trim().toLowerCase();
    return inspections.filter(
      (inspection) =>
        (!keyword || inspection.title.toLowerCase().includes(keyword)) &&
        (!search.kind || inspection.kind === search.kind) &&
        (!search.status || inspection.status === search.status),
    );
  }, [inspections, search]);

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inspections.title')}
        </Typography.Title>
        {access.canOpenInspections ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/inspections/new')}>
            {t('inspections.create')}
          </Button>
        ) : null}
      </Flex>
      <Card>
        <Form<SearchValues> form={form} layout="inline" onFinish={setSearch} style={{ rowGap: 12 }}>
          <Form.Item name="keyword" label={t('inspections.search.keyword')}>
            <Input
              allowClear
              placeholder={t('inspections.search.keywordPlaceholder')}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('inspections.search.kind')}>
            <Select
              allowClear
              placeholder={all}
              style={{ width: 140 }}
              options={INSPECTION_KINDS.map((kind) => ({
                value: kind,
                label: t(`inspections.kind.${kind}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t('inspections.search.status')}>
            <Select
              allowClear
              placeholder={all}
              style={{ width: 120 }}
              options={(['OPEN', 'CLOSED'] as const).map((status) => ({
                value: status,
                label: t(`inspections.status.${status}`),
              }))}
            />
          </Form.Item>
          <Form.Item>
            <Flex gap="small">
              <Button type="primary" htmlType="submit">
                {t('inspections.search.submit')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setSearch({});
                }}
              >
                {t('inspections.search.reset')}
              </Button>
            </Flex>
          </Form.Item>
        </Form>
      </Card>
      {error ? <LoadFailedAlert error={error} onRetry={() => void refetch()} /> : null}
      <Card>
        <Table<InspectionSummaryFragment>
          rowKey="id"
          size="middle"
          loading={loading && inspections.length === 0}
          dataSource={rows}
          locale={{
            emptyText: inspections.length > 0 ? t('pageStates.emptyFiltered') : t('inspections.empty'),
          }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            {
              title: t('inspections.columns.title'),
              dataIndex: 'title',
              render: (title: string, inspection) => (
                <Link to={`/inspections/${inspection.id}`}>{title}</Link>
              ),
            },
            {
              title: t('inspections.columns.kind'),
              dataIndex: 'kind',
              width: 120,
              render: (kind: InspectionKind) => t(`inspections.kind.${kind}`),
            },
            {
              title: t('inspections.columns.period'),
              key: 'period',
              width: 210,
              render: (_: unknown, inspection) => `${inspection.periodStart} ~ ${inspection.periodEnd}`,
            },
            {
              title: t('inspections.columns.targets'),
              dataIndex: 'targetUnitIds',
              width: 110,
              render: (ids: string[]) => t('inspections.targetCount', { count: ids.length }),
            },
            {
              title: t('inspections.columns.status'),
              dataIndex: 'status',
              width: 90,
              render: (status: string) => (
                <Tag color={status === 'OPEN' ? 'processing' : 'default'}>
                  {t.lookup(`inspections.status.${status}`) ?? status}
                </Tag>
              ),
            },
            {
              title: t('inspections.columns.openedAt'),
              dataIndex: 'openedAt',
              width: 150,
              render: (value: string) => formatTime(value),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
