import { Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import { useT } from '../../../app/i18n/useT.js';
import { useIsPhone } from '../../../app/layout/useIsPhone.js';
import findingsTexts from '../../../locales/namespaces/findings.js';
import inboxTexts from '../../../locales/namespaces/inbox.js';
import ledgerTexts from '../../../locales/namespaces/ledger.js';
import tasksTexts from '../../../locales/namespaces/tasks.js';
import FindingActions from '../../findings/components/FindingActions.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import SeverityTag from '../../findings/components/SeverityTag.js';
import withAppContext from '../../findings/components/withAppContext.js';
import { formatDateTime } from '../../tasks/model/format.js';
import { useInbox } from '../hooks/useInbox.js';
import type { InboxItem } from '../model/inbox-items.js';
import InboxTaskDecision from './InboxTaskDecision.js';

const namespacesReady = registerNamespaces(inboxTexts, tasksTexts, findingsTexts, ledgerTexts);

const KIND_COLOURS: Record<InboxItem['kind'], string> = {
  handoff: 'purple',
  review: 'gold',
  extension: 'blue',
  verification: 'green',
};

/** 待我处理: every decision waiting for the signed-in role, oldest request first, each decided here. */
function InboxPage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const phone = useIsPhone();
  const { items, loaded, error, refetch } = useInbox();

  const detail = (item: InboxItem) => {
    const task = item.task;
    if (item.kind === 'handoff' && task?.pendingHandoff)
      return t('inbox.handoff', {
        from: task.pendingHandoff.fromUnitName ?? task.pendingHandoff.fromUnitId,
        to: task.pendingHandoff.toUnitName ?? task.pendingHandoff.toUnitId,
        reason: task.pendingHandoff.reason,
      });
    if (item.kind === 'extension' && task?.pendingExtension)
      return t('inbox.extension', {
        from: task.pendingExtension.currentDeadline,
        to: task.pendingExtension.requestedDeadline,
        reason: task.pendingExtension.reason,
      });
    if (item.kind === 'review' && task)
      return t('inbox.review', { unit: task.leadUnitName ?? task.leadUnitId });
    if (item.finding) return t('inbox.verification', { unit: item.finding.unitName ?? item.finding.unitId });
    return '';
  };

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('inbox.subtitle')}</Typography.Text>
      </div>
      {error ? <LoadFailedAlert error={error} onRetry={refetch} /> : null}
      <Card size={phone ? 'small' : 'default'}>
        <List<InboxItem>
          data-testid="inbox"
          loading={!loaded}
          dataSource={items}
          locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
          renderItem={(item) => (
            <List.Item key={item.key} data-testid={`inbox-item-${item.kind}`}>
              <Flex vertical gap={6} style={{ width: '100%' }}>
                <Space size={6} wrap>
                  <Tag color={KIND_COLOURS[item.kind]}>{t(`inbox.kinds.${item.kind}`)}</Tag>
                  {item.task ? (
                    <Link to={`/tasks/${item.task.id}`} style={{ fontWeight: 500 }}>
                      {item.task.title}
                    </Link>
                  ) : item.finding ? (
                    <Link to={`/findings/${item.finding.id}`} style={{ fontWeight: 500 }}>
                      {item.finding.description}
                    </Link>
                  ) : null}
                  {item.finding ? <SeverityTag severity={item.finding.severity} /> : null}
                </Space>
                <Typography.Text>{detail(item)}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('inbox.since', { time: formatDateTime(item.since) })}
                </Typography.Text>
                {item.task && item.kind !== 'verification' ? (
                  <InboxTaskDecision taskId={item.task.id} kind={item.kind} />
                ) : item.finding ? (
                  <FindingActions
                    finding={item.finding}
                    rights={{ rectify: false, verify: true, escalate: false }}
                  />
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}

export default withAppContext(InboxPage);
