import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Steps, Timeline, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../../app/auth/useSession.js';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import { FindingDocument, InspectionTeamDocument } from '../../../generated/graphql.js';
import EvidenceFileList from '../../files/components/EvidenceFileList.js';
import { FINDING_STATUSES } from '../finding-statuses.js';
import formatTime from '../format-time.js';
import FindingActions from './FindingActions.js';
import FindingStatusTag from './FindingStatusTag.js';
import LoadFailedAlert from './LoadFailedAlert.js';
import SeverityTag from './SeverityTag.js';
import withAppContext from './withAppContext.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import findingsTexts from '../../../locales/namespaces/findings.js';
import ledgerTexts from '../../../locales/namespaces/ledger.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(findingsTexts, ledgerTexts);

const STEP_KEYS = ['logged', 'notified', 'rectifying', 'awaiting', 'closed'] as const;

/** 问题详情: where the finding stands, what was said and done, and what the user may do next. */
/** Reminder thresholds are codes (`DUE_IN_3_DAYS`, `OVERDUE`); each reads as words through one key. */
const noteKey = (note: string): string => (/^DUE_IN_\d+_DAYS$/.test(note) ? 'DUE_IN_N_DAYS' : note);

function FindingDetailPage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const access = useAccess();
  const user = useSession().session?.user;
  const { data, loading, error, refetch } = useQuery(FindingDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const finding = data?.finding;
  const team = useQuery(InspectionTeamDocument, {
    variables: { id: finding?.inspectionId ?? '' },
    skip: !finding || !access.canVerifyFindings,
  });

  const header = (
    <Flex align="center" gap="small">
      <Button
        type="text"
        icon={<ArrowLeftOutlined />}
        aria-label={t('findings.detail.back')}
        onClick={() => navigate(-1)}
      />
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('findings.detail.title')}
      </Typography.Title>
    </Flex>
  );
  if (error && !finding)
    return (
      <Flex vertical gap="middle">
        {header}
        <LoadFailedAlert error={error} onRetry={() => void refetch()} />
      </Flex>
    );
  if (loading && !finding)
    return (
      <Flex vertical gap="middle">
        {header}
        <Card>
          <Skeleton active />
        </Card>
      </Flex>
    );
  if (!finding) return null;

  const stepIndex = Math.max(
    0,
    FINDING_STATUSES.indexOf(finding.status as (typeof FINDING_STATUSES)[number]),
  );
  const rights = {
    rectify: access.canRectifyFindings && user?.unitId === finding.unitId,
    verify: access.canVerifyFindings && Boolean(user && team.data?.inspection.teamUserIds.includes(user.id)),
    escalate: access.canEscalateFindings,
  };
  const none = t('pageStates.noValue');
  // Every file cited on the way, once each, in the order they were first cited.
  const evidence = [
    ...new Map(
      finding.timeline.flatMap((entry) => entry.evidence).map((file) => [file.sha256, file] as const),
    ).values(),
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="middle">
        {header}
        <FindingActions finding={finding} rights={rights} />
      </Flex>
      <Card>
        <Steps
          current={stepIndex}
          status={finding.status === 'CLOSED' ? 'finish' : finding.overdue ? 'error' : 'process'}
          items={STEP_KEYS.map((key) => ({ title: t(`findings.steps.${key}`) }))}
        />
      </Card>
      <Card>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('findings.detail.description')} span={2}>
            {finding.description}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.inspection')}>
            {access.canSeeInspections ? (
              <Link to={`/inspections/${finding.inspectionId}`}>
                {finding.inspectionTitle ?? finding.inspectionId}
              </Link>
            ) : (
              (finding.inspectionTitle ?? finding.inspectionId)
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.unit')}>
            {finding.unitName ?? finding.unitId}
          </Descriptions.Item>
          <Descriptions.Item label={t('ledger.columns.status')}>
            <FindingStatusTag
              status={finding.status}
              overdue={finding.overdue}
              escalated={finding.escalated}
            />
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.severity')}>
            <SeverityTag severity={finding.severity} />
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.category')}>{finding.category}</Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.deadline')}>
            {finding.rectificationDeadline}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.loggedAt')}>
            {formatTime(finding.loggedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.notifiedAt')}>
            {formatTime(finding.notifiedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.percent')}>{finding.percent}%</Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.lastReportAt')}>
            {formatTime(finding.lastReportAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.plan')} span={2}>
            {finding.plan ?? none}
          </Descriptions.Item>
          {finding.measures.length > 0 ? (
            <Descriptions.Item label={t('findings.detail.measures')} span={2}>
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {finding.measures.map((measure, index) => (
                  <li key={index}>{measure}</li>
                ))}
              </ol>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('findings.detail.plannedCompletionDate')}>
            {finding.plannedCompletionDate ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.returns')}>{finding.returns}</Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.evidence')} span={2}>
            <EvidenceFileList files={evidence} empty={t('findings.detail.noEvidence')} />
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.closureRequestedAt')}>
            {formatTime(finding.closureRequestedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.detail.closedAt')}>
            {formatTime(finding.closedAt)}
          </Descriptions.Item>
          {finding.escalated ? (
            <Descriptions.Item label={t('findings.detail.escalationReason')} span={2}>
              {finding.escalationReason ?? none}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Flex gap="middle" wrap align="flex-start">
        <Card title={t('findings.detail.timeline')} style={{ flex: '1 1 480px' }}>
          {finding.timeline.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('findings.detail.noTimeline')} />
          ) : (
            <Timeline
              items={finding.timeline.map((entry) => ({
                key: entry.id,
                content: (
                  <Flex vertical gap={2}>
                    <Typography.Text type="secondary">{formatTime(entry.at)}</Typography.Text>
                    <Typography.Text strong>
                      {t.lookup(`findings.timeline.types.${entry.type}`) ?? entry.type}
                      {entry.actorUserId === 'system' ? (
                        // The reminder watcher runs as the system account: shown as the system, not an administrator.
                        <Typography.Text type="secondary">
                          {' · '}
                          {t('findings.timeline.system')}
                        </Typography.Text>
                      ) : entry.actorUnitName || entry.actorRole ? (
                        <Typography.Text type="secondary">
                          {' · '}
                          {entry.actorUnitName ??
                            (entry.actorRole ? t.lookup(`roles.${entry.actorRole}`) : '')}
                        </Typography.Text>
                      ) : null}
                    </Typography.Text>
                    {entry.reason ? (
                      <span>{t('findings.timeline.reason', { text: entry.reason })}</span>
                    ) : null}
                    {entry.note ? (
                      <span>
                        {t('findings.timeline.note', {
                          text:
                            t.lookup(`findings.timeline.notes.${noteKey(entry.note)}`) ??
                            (entry.type === 'FindingReminded'
                              ? t('findings.timeline.notes.DUE_IN_N_DAYS')
                              : entry.note),
                        })}
                      </span>
                    ) : null}
                    <EvidenceFileList files={entry.evidence} />
                  </Flex>
                ),
              }))}
            />
          )}
        </Card>
      </Flex>
    </Flex>
  );
}

export default withAppContext(FindingDetailPage);
