import { Button, Card, Checkbox, Flex, Form, Select, Table } from 'antd';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import ExportButton from '../../files/components/ExportButton.js';
import { exportUrl } from '../../files/model/export-url.js';
import { useUnits } from '../../admin/hooks/useUnits.js';
import FindingStatusTag from '../../findings/components/FindingStatusTag.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import SeverityTag from '../../findings/components/SeverityTag.js';
import { FINDING_STATUSES, FINDING_SEVERITIES } from '../../findings/finding-statuses.js';
import { useInspections } from '../../inspections/hooks/useInspections.js';
import {
  RectificationLedgerCursorDocument,
  RectificationLedgerDocument,
} from '../../../generated/graphql.js';
import type { FindingRowFragment, FindingSeverity, FindingFilterInput } from '../../../generated/graphql.js';

const PAGE_SIZE = 20;

interface FilterValues {
  inspectionId?: string;
  unitId?: string;
  status?: string;
  severity?: FindingSeverity;
  overdue?: boolean;
  escalated?: boolean;
}

function toFilter(values: FilterValues, fixedUnitId: string | null): FindingFilterInput {
  return {
    ...(values.inspectionId ? { inspectionId: values.inspectionId } : {}),
    ...(fixedUnitId ? { unitId: fixedUnitId } : values.unitId ? { unitId: values.unitId } : {}),
    ...(values.status ? { statuses: [values.status] } : {}),
    ...(values.severity ? { severities: [values.severity] } : {}),
    ...(values.overdue ? { overdue: true } : {}),
    ...(values.escalated ? { escalated: true } : {}),
  };
}

/**
 * 整改台账: every finding across inspections, filtered and paged on the server. With a unit fixed
 * (a unit officer's 整改 page) the unit filter is not offered.
 */
export default function RectificationLedger({ fixedUnitId = null }: { fixedUnitId?: string | null }) {
  const t = useT();
  const access = useAccess();
  const [form] = Form.useForm<FilterValues>();
  // The filter lives in the address (the dashboard's numbers lead here), so a view can be shared.
  const [params, setParams] = useSearchParams();
  const fromAddress: FilterValues = {
    ...(params.get('inspection') ? { inspectionId: params.get('inspection')! } : {}),
    ...(params.get('unit') ? { unitId: params.get('unit')! } : {}),
    ...(params.get('status') ? { status: params.get('status')! } : {}),
    ...(params.get('severity') ? { severity: params.get('severity') as FindingSeverity } : {}),
    ...(params.get('overdue') === 'true' ? { overdue: true } : {}),
    ...(params.get('escalated') === 'true' ? { escalated: true } : {}),
  };
  const [filter, setFilter] = useState<FindingFilterInput>(toFilter(fromAddress, fixedUnitId));
  const [page, setPage] = useState(1);
  const client = useApolloClient();
  // Cursors are opaque: page n starts after the cursor page n-1 returned, so they are kept as pages load.
  const cursors = useRef(new Map<number, string | null>([[1, null]]));
  const [walking, setWalking] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(RectificationLedgerDocument, {
    variables: { filter, page: { first: PAGE_SIZE, after: cursors.current.get(page) ?? null } },
    fetchPolicy: 'cache-and-network',
  });
  const nextCursor = data?.rectificationLedger.nextCursor;
  useEffect(() => {
    if (nextCursor) cursors.current.set(page + 1, nextCursor);
  }, [nextCursor, page]);

  const goTo = async (target: number) => {
    let known = Math.max(...[...cursors.current.keys()].filter((n) => n <= target));
    setWalking(true);
    try {
      while (known < target) {
        const result = await client.query({
          query: RectificationLedgerCursorDocument,
          variables: { filter, page: { first: PAGE_SIZE, after: cursors.current.get(known) ?? null } },
        });
        const cursor = result.data?.rectificationLedger.nextCursor;
        if (!cursor) break;
        known += 1;
        cursors.current.set(known, cursor);
      }
      setPage(known);
    } finally {
      setWalking(false);
    }
  };
  const { inspections } = useInspections();
  const { units } = useUnits();
  const ledger = (data ?? previousData)?.rectificationLedger;
  const all = t('ledger.filters.all');

  const search = (values: FilterValues) => {
    const next = new URLSearchParams();
    if (values.inspectionId) next.set('inspection', values.inspectionId);
    if (values.unitId && !fixedUnitId) next.set('unit', values.unitId);
    if (values.status) next.set('status', values.status);
    if (values.severity) next.set('severity', values.severity);
    if (values.overdue) next.set('overdue', 'true');
    if (values.escalated) next.set('escalated', 'true');
    setParams(next, { replace: true });
    cursors.current = new Map([[1, null]]);
    setFilter(toFilter(values, fixedUnitId));
    setPage(1);
  };

  return (
    <Flex vertical gap="middle">
      <Card>
        <Form<FilterValues>
          form={form}
          initialValues={fromAddress}
          layout="inline"
          onFinish={search}
          style={{ rowGap: 12 }}
        >
          <Form.Item name="inspectionId" label={t('ledger.filters.inspection')}>
            <Select
              allowClear
              placeholder={all}
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={inspections.map((inspection) => ({ value: inspection.id, label: inspection.title }))}
            />
          </Form.Item>
          {fixedUnitId ? null : (
            <Form.Item name="unitId" label={t('ledger.filters.unit')}>
              <Select
                allowClear
                placeholder={all}
                style={{ width: 180 }}
                showSearch={{ optionFilterProp: 'label' }}
                options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
              />
            </Form.Item>
          )}
          <Form.Item name="status" label={t('ledger.filters.status')}>
            <Select
              allowClear
              placeholder={all}
              style={{ width: 120 }}
              options={FINDING_STATUSES.map((status) => ({
                value: status,
                label: t(`findings.status.${status}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="severity" label={t('ledger.filters.severity')}>
            <Select
              allowClear
              placeholder={all}
              style={{ width: 100 }}
              options={FINDING_SEVERITIES.map((severity) => ({
                value: severity,
                label: t(`findings.severity.${severity}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="overdue" valuePropName="checked">
            <Checkbox>{t('ledger.filters.overdue')}</Checkbox>
          </Form.Item>
          <Form.Item name="escalated" valuePropName="checked">
            <Checkbox>{t('ledger.filters.escalated')}</Checkbox>
          </Form.Item>
          <Form.Item>
            <Flex gap="small">
              <Button type="primary" htmlType="submit">
                {t('ledger.filters.submit')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  search({});
                }}
              >
                {t('ledger.filters.reset')}
              </Button>
              {fixedUnitId || !access.canSeeReports ? null : (
                <ExportButton
                  url={exportUrl('/ledgers/rectification.xlsx', {
                    inspectionId: filter.inspectionId,
                    unitId: filter.unitId,
                    status: filter.statuses?.[0],
                    severity: filter.severities?.[0],
                    overdue: filter.overdue ?? null,
                    escalated: filter.escalated ?? null,
                  })}
                  fallbackName="rectification.xlsx"
                >
                  {t('common.exports.rectificationLedger')}
                </ExportButton>
              )}
            </Flex>
          </Form.Item>
        </Form>
      </Card>
      {error ? <LoadFailedAlert error={error} onRetry={() => void refetch()} /> : null}
      <Card>
        <Table<FindingRowFragment>
          rowKey="id"
          size="middle"
          loading={loading || walking}
          dataSource={(ledger?.items ?? []) as FindingRowFragment[]}
          locale={{ emptyText: t('ledger.empty') }}
          scroll={{ x: 1000 }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: ledger?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('ledger.total', { total }),
            onChange: (target) => void goTo(target),
          }}
          columns={[
            {
              title: t('ledger.columns.description'),
              dataIndex: 'description',
              ellipsis: true,
              render: (text: string, finding) => <Link to={`/findings/${finding.id}`}>{text}</Link>,
            },
            {
              title: t('ledger.columns.inspection'),
              dataIndex: 'inspectionTitle',
              ellipsis: true,
              width: 200,
            },
            ...(fixedUnitId ? [] : [{ title: t('ledger.columns.unit'), dataIndex: 'unitName', width: 140 }]),
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
            {
              title: t('ledger.columns.percent'),
              dataIndex: 'percent',
              width: 70,
              render: (percent: number) => `${percent}%`,
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
