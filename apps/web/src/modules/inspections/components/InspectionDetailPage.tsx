import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Skeleton, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../../app/auth/useSession.js';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import { useUnits } from '../../admin/hooks/useUnits.js';
import FindingStatusTag from '../../findings/components/FindingStatusTag.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import SeverityTag from '../../findings/components/SeverityTag.js';
import withAppContext from '../../findings/components/withAppContext.js';
import { FINDING_STATUSES } from '../../findings/finding-statuses.js';
import formatTime from '../../findings/format-time.js';
import {
  CloseInspectionDocument,
  InspectionDocument,
  IssueInspectionNoticeDocument,
  NotifyFindingDocument,
  RectificationLedgerDocument,
} from '../../../generated/graphql.js';
import type { FindingRowFragment, FindingSeverity, InspectionQuery } from '../../../generated/graphql.js';
import InspectionNoticesTable from './InspectionNoticesTable.js';
import LogFindingModal from './LogFindingModal.js';
import RecordReviewModal from './RecordReviewModal.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import inspectionsTexts from '../../../locales/namespaces/inspections.js';
import findingsTexts from '../../../locales/namespaces/findings.js';
import ledgerTexts from '../../../locales/namespaces/ledger.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(inspectionsTexts, findingsTexts, ledgerTexts);

type Review = InspectionQuery['inspection']['caseFileReviews'][number];
type UnitCounts = InspectionQuery['inspection']['summary']['byUnit'][number];

// An inspection's findings fit one page at the API's default maximum; the ledger pages beyond that.
const FINDINGS_PAGE = 200;

/** 督察详情: targets, reviews, findings by unit and status, and the team's commands. */
function InspectionDetailPage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const access = useAccess();
  const me = useSession().session?.user;
  const describeError = useErrorMessage();
  const { message } = App.useApp();
  const { nameOf } = useUnits();
  const [dialog, setDialog] = useState<'log' | 'review' | null>(null);
  const { data, loading, error, refetch } = useQuery(InspectionDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [notifyFinding] = useMutation(NotifyFindingDocument, options);
  const [issueNotice] = useMutation(IssueInspectionNoticeDocument, options);
  const [closeInspection] = useMutation(CloseInspectionDocument, options);
  const inspection = data?.inspection;
  const findingsQuery = useQuery(RectificationLedgerDocument, {
    variables: { filter: { inspectionId: id }, page: { first: FINDINGS_PAGE } },
    fetchPolicy: 'cache-and-network',
  });
  const findings = findingsQuery.data?.rectificationLedger.items ?? [];

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (failure) {
      void message.error(describeError(failure));
    }
  };

  const header = (
    <Flex align="center" gap="small">
      <Button
        type="text"
        icon={<ArrowLeftOutlined />}
        aria-label={t('inspections.detail.back')}
        onClick={() => navigate('/inspections')}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {inspection?.title ?? t('inspections.detail.title')}
      </Typography.Title>
      {inspection ? (
        <Tag color={inspection.status === 'OPEN' ? 'processing' : 'default'}>
          {t.lookup(`inspections.status.${inspection.status}`) ?? inspection.status}
        </Tag>
      ) : null}
    </Flex>
  );
  if (!inspection)
    return (
      <Flex vertical gap="middle">
        {header}
        {error ? <LoadFailedAlert error={error} onRetry={() => void refetch()} /> : null}
        {loading ? (
          <Card>
            <Skeleton active />
          </Card>
        ) : null}
      </Flex>
    );

  const onTeam = access.canManageInspections && Boolean(me && inspection.teamUserIds.includes(me.id));
  const open = inspection.status === 'OPEN';
  const targets = inspection.targetUnitIds.map((unitId) => ({ id: unitId, name: nameOf(unitId) }));
  // The inspection names its team to every reader; an id it cannot name is counted, not shown.
  const known = inspection.team.map((member) => member.displayName);
  const unnamed = inspection.teamUserIds.length - known.length;
  const teamNames = unnamed > 0 ? [...known, t('inspections.detail.teamOthers', { count: unnamed })] : known;

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="middle">
        {header}
        {onTeam ? (
          <Flex gap="small" wrap data-testid="inspection-actions">
            {open ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('log')}>
                {t('inspections.detail.logFinding')}
              </Button>
            ) : null}
            {open && inspection.kind === 'CASE_FILE_REVIEW' ? (
              <Button onClick={() => setDialog('review')}>{t('inspections.detail.recordReview')}</Button>
            ) : null}
            <Popconfirm
              title={t('inspections.detail.issueNotice')}
              description={t('inspections.detail.issueNoticeConfirm')}
              okText={t('findings.confirmOk')}
              cancelText={t('findings.cancel')}
              onConfirm={() =>
                run(
                  () => issueNotice({ variables: { input: { inspectionId: inspection.id } } }),
                  t('inspections.detail.noticeIssued'),
                )
              }
            >
              <Button>{t('inspections.detail.issueNotice')}</Button>
            </Popconfirm>
            {open ? (
              <Popconfirm
                title={t('inspections.detail.close')}
                description={t('inspections.detail.closeConfirm')}
                okText={t('findings.confirmOk')}
                cancelText={t('findings.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  run(
                    () => closeInspection({ variables: { input: { inspectionId: inspection.id } } }),
                    t('inspections.detail.closed'),
                  )
                }
              >
                <Button danger>{t('inspections.detail.close')}</Button>
              </Popconfirm>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
      {error ? <LoadFailedAlert error={error} onRetry={() => void refetch()} /> : null}
      <Card title={t('inspections.detail.info')}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('inspections.columns.kind')}>
            {t(`inspections.kind.${inspection.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.detail.period')}>
            {inspection.periodStart} ~ {inspection.periodEnd}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.detail.team')}>{teamNames.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('inspections.detail.targets')} span={2}>
            {targets.map((unit) => unit.name).join('、')}
          </Descriptions.Item>
          {inspection.filesSampled !== null ? (
            <Descriptions.Item label={t('inspections.detail.filesSampled')}>
              {inspection.filesSampled}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('inspections.detail.openedAt')}>
            {formatTime(inspection.openedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.detail.closedAt')}>
            {formatTime(inspection.closedAt)}
          </Descriptions.Item>
          {inspection.remarks ? (
            <Descriptions.Item label={t('inspections.detail.remarks')}>
              {inspection.remarks}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={t('inspections.detail.findingsByUnit')}>
        <Table<UnitCounts>
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={inspection.summary.byUnit}
          locale={{ emptyText: t('inspections.detail.noFindings') }}
          columns={[
            {
              title: t('ledger.columns.unit'),
              dataIndex: 'unitName',
              render: (name: string | null, row) => name ?? nameOf(row.unitId),
            },
            { title: t('inspections.detail.findings'), dataIndex: 'total', width: 90 },
            { title: t('inspections.detail.open'), dataIndex: 'open', width: 90 },
            { title: t('findings.status.CLOSED'), dataIndex: 'closed', width: 90 },
            { title: t('findings.overdue'), dataIndex: 'overdue', width: 90 },
            { title: t('findings.escalated'), dataIndex: 'escalated', width: 90 },
          ]}
        />
      </Card>
      <Card title={t('inspections.detail.findings')}>
        <Table<FindingRowFragment>
          rowKey="id"
          size="middle"
          dataSource={findings}
          loading={findingsQuery.loading && findings.length === 0}
          locale={{ emptyText: t('inspections.detail.noFindings') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('ledger.columns.description'),
              dataIndex: 'description',
              ellipsis: true,
              render: (text: string, finding) => <Link to={`/findings/${finding.id}`}>{text}</Link>,
            },
            {
              title: t('ledger.columns.unit'),
              dataIndex: 'unitName',
              width: 150,
              filters: targets.map((unit) => ({ text: unit.name, value: unit.id })),
              onFilter: (value, finding) => finding.unitId === value,
            },
            {
              title: t('ledger.columns.severity'),
              dataIndex: 'severity',
              width: 90,
              render: (severity: FindingSeverity) => <SeverityTag severity={severity} />,
            },
            {
              title: t('ledger.columns.status'),
              dataIndex: 'status',
              width: 170,
              filters: FINDING_STATUSES.map((status) => ({
                text: t(`findings.status.${status}`),
                value: status,
              })),
              onFilter: (value, finding) => finding.status === value,
              render: (status: string, finding) => (
                <FindingStatusTag status={status} overdue={finding.overdue} escalated={finding.escalated} />
              ),
            },
            { title: t('ledger.columns.deadline'), dataIndex: 'rectificationDeadline', width: 110 },
            ...(onTeam
              ? [
                  {
                    title: t('inspections.columns.actions'),
                    key: 'actions',
                    width: 90,
                    render: (_: unknown, finding: FindingRowFragment) =>
                      finding.status === 'LOGGED' ? (
                        <Popconfirm
                          title={t('inspections.detail.notify')}
                          description={t('inspections.detail.notifyConfirm', {
                            unit: finding.unitName ?? nameOf(finding.unitId),
                          })}
                          okText={t('findings.confirmOk')}
                          cancelText={t('findings.cancel')}
                          onConfirm={() =>
                            run(
                              () => notifyFinding({ variables: { findingId: finding.id } }),
                              t('inspections.detail.notified'),
                            )
                          }
                        >
                          <Button type="link">{t('inspections.detail.notify')}</Button>
                        </Popconfirm>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {inspection.kind === 'CASE_FILE_REVIEW' ? (
        <Card title={t('inspections.detail.caseFileReviews')}>
          <Table<Review>
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={inspection.caseFileReviews}
            locale={{ emptyText: t('inspections.detail.noReviews') }}
            columns={[
              {
                title: t('inspections.columnsReview.unit'),
                dataIndex: 'unitName',
                render: (name: string | null, review) => name ?? nameOf(review.unitId),
              },
              { title: t('inspections.columnsReview.filesSampled'), dataIndex: 'filesSampled', width: 80 },
              {
                title: t('inspections.columnsReview.filesWithIssues'),
                dataIndex: 'filesWithIssues',
                width: 80,
              },
              { title: t('inspections.columnsReview.outcome'), dataIndex: 'outcome' },
              {
                title: t('inspections.columnsReview.recordedAt'),
                dataIndex: 'recordedAt',
                width: 150,
                render: (value: string) => formatTime(value),
              },
            ]}
          />
        </Card>
      ) : null}
      <Card
        title={t('inspections.detail.notices')}
        extra={t('inspections.detail.noticeCount', { count: inspection.notices.length })}
      >
        <InspectionNoticesTable notices={inspection.notices} loading={loading} />
      </Card>
      <LogFindingModal
        inspectionId={inspection.id}
        units={targets}
        open={dialog === 'log'}
        onClose={() => setDialog(null)}
      />
      <RecordReviewModal
        inspectionId={inspection.id}
        units={targets}
        open={dialog === 'review'}
        onClose={() => setDialog(null)}
      />
    </Flex>
  );
}

export default withAppContext(InspectionDetailPage);
