import { FileMarkdownOutlined, FileWordOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Col, Empty, Flex, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import { useDownload } from '../../files/hooks/useDownload.js';
import LoadErrorAlert from '../../tasks/components/LoadErrorAlert.js';
import PageTitle from '../../tasks/components/PageTitle.js';
import Panel from '../../tasks/components/Panel.js';
import {
  AnnualReportViewDocument,
  EditAnnualReportTextDocument,
  GenerateAnnualReportDraftDocument,
  ReportTaskListsDocument,
} from '../../../generated/graphql.js';
import { formatDateTime } from '../../tasks/model/format.js';
import FigureSourcesModal from './FigureSourcesModal.js';
import ReportCompareModal from './ReportCompareModal.js';
import ReportSectionView from './ReportSectionView.js';
import ReportVersionsPanel from './ReportVersionsPanel.js';
import withAppContext from '../../findings/components/withAppContext.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import reportsTexts from '../../../locales/namespaces/reports.js';
import tasksTexts from '../../../locales/namespaces/tasks.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(reportsTexts, tasksTexts);

const DISTRICT = 'district';

/** 年度报告: drafted from the log, every figure traceable; the office edits the narrative in versions and exports it. */
function ReportsPage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const describe = useErrorMessage();
  const { message, modal } = App.useApp();
  const access = useAccess();
  const download = useDownload();
  const [params, setParams] = useSearchParams();
  const lists = useQuery(ReportTaskListsDocument, { fetchPolicy: 'cache-and-network' });
  const years = useMemo(() => {
    const known = new Set((lists.data?.taskLists ?? []).map((list) => list.year));
    known.add(new Date().getFullYear());
    return [...known].sort((a, b) => b - a);
  }, [lists.data]);
  // Opens on the newest year with an issued list (a year of drafts only has nothing to report yet).
  const hasList = (candidate: number, issued: boolean) =>
    (lists.data?.taskLists ?? []).some(
      (list) => list.year === candidate && (!issued || list.status === 'ISSUED'),
    );
  const year = Number(
    params.get('year') ??
      years.find((candidate) => hasList(candidate, true)) ??
      years.find((candidate) => hasList(candidate, false)) ??
      years[0],
  );
  const scope = params.get('scope') ?? DISTRICT;
  const taskListId = scope === DISTRICT ? null : scope;
  const versionParam = params.get('version');
  const version = versionParam ? Number(versionParam) : null;

  const report = useQuery(AnnualReportViewDocument, {
    variables: { year, taskListId, version },
    fetchPolicy: 'cache-and-network',
  });
  const [generate, generating] = useMutation(GenerateAnnualReportDraftDocument);
  const [editSection, editing] = useMutation(EditAnnualReportTextDocument);
  const [sourcesOf, setSourcesOf] = useState<{ id: string; label: string } | null>(null);
  const [comparing, setComparing] = useState<{ from: number; to: number } | null>(null);
  const current = report.data?.annualReport ?? null;
  const viewingOld = current !== null && current.version !== current.latestVersion;

  useEffect(() => {
    document.title = `${t('reports.title')} · ${t('common.appName')}`;
  }, [t]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const runGenerate = async () => {
    try {
      const { data } = await generate({ variables: { year, taskListId } });
      update({ version: null });
      await report.refetch({ year, taskListId, version: null });
      if (data) message.success(t('reports.generated', { version: data.generateAnnualReport.version }));
    } catch (error) {
      message.error(describe(error));
    }
  };

  const save = async (sectionId: string, text: string): Promise<boolean> => {
    if (!current) return false;
    try {
      const { data } = await editSection({
        variables: { input: { year, taskListId, sectionId, text, basedOnVersion: current.version } },
      });
      update({ version: null });
      await report.refetch({ year, taskListId, version: null });
      if (data) message.success(t('reports.saved', { version: data.editAnnualReportSection.version }));
      return true;
    } catch (error) {
      message.error(describe(error));
      return false;
    }
  };

  const fetchFile = async (url: string, name: string) => {
    try {
      await download(url, name);
    } catch (error) {
      message.error(t('reports.downloads.failed', { message: describe(error) }));
    }
  };
  const listQuery = taskListId ? `taskListId=${encodeURIComponent(taskListId)}` : '';
  // Always the version on screen: a newer one generated meanwhile is not what the office was reading.
  const reportQuery = [listQuery, current ? `version=${current.version}` : ''].filter(Boolean).join('&');
  const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
  const figuresById = useMemo(
    () => new Map((current?.figures ?? []).map((figure) => [figure.id, figure])),
    [current],
  );

  let body;
  if (report.error && !current) {
    body = (
      <LoadErrorAlert
        title={t('reports.loadError')}
        error={report.error}
        onRetry={() => void report.refetch()}
      />
    );
  } else if (report.loading && !report.data) {
    body = (
      <Panel>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Panel>
    );
  } else if (!current) {
    body = (
      <Panel>
        <Empty description={<span>{t('reports.empty', { year })}</span>}>
          <Typography.Paragraph type="secondary">{t('reports.emptyHint')}</Typography.Paragraph>
          {access.canEditReports ? (
            <Button type="primary" loading={generating.loading} onClick={() => void runGenerate()}>
              {t('reports.generate')}
            </Button>
          ) : null}
        </Empty>
      </Panel>
    );
  } else {
    body = (
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Panel
            title={
              <Space wrap>
                {current.title}
                <Tag>{t('reports.version', { version: current.version })}</Tag>
              </Space>
            }
            extra={
              <Typography.Text type="secondary">
                {t('reports.asOf', { time: formatDateTime(current.asOf) })}
              </Typography.Text>
            }
          >
            <Flex vertical gap={12}>
              {viewingOld ? (
                <Alert
                  type="info"
                  showIcon
                  title={t('reports.viewingOld', { version: current.version, latest: current.latestVersion })}
                  action={
                    <Button size="small" onClick={() => update({ version: null })}>
                      {t('reports.viewLatest')}
                    </Button>
                  }
                />
              ) : null}
              {current.flaggedFigureCount > 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  title={t('reports.flaggedCount', { count: current.flaggedFigureCount })}
                />
              ) : null}
              {/* The report scrolls inside its panel, so the versions stay in view beside it. */}
              <div
                style={{
                  maxHeight: 'calc(100vh - 300px)',
                  minHeight: 320,
                  overflowY: 'auto',
                  paddingRight: 8,
                }}
                tabIndex={0}
                aria-label={t('reports.sections')}
                role="region"
              >
                {current.sections.map((section) => (
                  <ReportSectionView
                    key={`${section.id}-${current.version}`}
                    section={section}
                    figures={section.figureIds.flatMap((id) => figuresById.get(id) ?? [])}
                    editable={access.canEditReports && !viewingOld}
                    saving={editing.loading}
                    onSave={(text) => save(section.id, text)}
                    onSources={(figure) => setSourcesOf({ id: figure.id, label: figure.label })}
                  />
                ))}
              </div>
            </Flex>
          </Panel>
        </Col>
        <Col xs={24} xl={8}>
          <Panel title={t('reports.versions.title')}>
            <ReportVersionsPanel
              year={year}
              taskListId={taskListId}
              current={current.version}
              latest={current.latestVersion}
              onView={(picked) =>
                update({ version: picked === current.latestVersion ? null : String(picked) })
              }
              onCompare={(from, to) => setComparing({ from, to })}
            />
          </Panel>
        </Col>
      </Row>
    );
  }

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('reports.title')}
        extra={
          <>
            <Select
              aria-label={t('reports.year')}
              style={{ width: 110 }}
              value={year}
              options={years.map((value) => ({ value, label: String(value) }))}
              onChange={(value: number) => update({ year: String(value), version: null })}
            />
            <Select
              aria-label={t('reports.scope')}
              style={{ width: 280 }}
              value={scope}
              options={[
                { value: DISTRICT, label: t('reports.district') },
                ...(lists.data?.taskLists ?? [])
                  .filter((list) => list.year === year && list.status === 'ISSUED')
                  .map((list) => ({ value: list.id, label: list.title })),
              ]}
              onChange={(value: string) =>
                update({ scope: value === DISTRICT ? null : value, version: null })
              }
            />
            {access.canEditReports && current ? (
              <Button
                icon={<ReloadOutlined />}
                loading={generating.loading}
                onClick={() =>
                  modal.confirm({
                    title: t('reports.regenerate'),
                    content: t('reports.regenerateConfirm'),
                    okText: t('reports.generate'),
                    cancelText: t('reports.cancel'),
                    onOk: runGenerate,
                  })
                }
              >
                {t('reports.regenerate')}
              </Button>
            ) : null}
            {/* The version on screen, in the forms the office hands up; each a labelled button. */}
            <Button
              icon={<FileWordOutlined />}
              disabled={!current}
              onClick={() => {
                if (current)
                  void fetchFile(
                    withQuery(`/reports/${year}/annual.docx`, reportQuery),
                    `${current.title}.docx`,
                  );
              }}
            >
              {t('reports.downloads.docx')}
            </Button>
            <Button
              icon={<FileWordOutlined />}
              disabled={!current}
              onClick={() => {
                if (current)
                  void fetchFile(
                    withQuery(
                      `/reports/${year}/annual.docx`,
                      [reportQuery, 'evidence=true'].filter(Boolean).join('&'),
                    ),
                    `${current.title}.docx`,
                  );
              }}
            >
              {t('reports.downloads.docxWithEvidence')}
            </Button>
            <Button
              icon={<FileMarkdownOutlined />}
              disabled={!current}
              onClick={() => {
                if (current)
                  void fetchFile(withQuery(`/reports/${year}/annual.md`, reportQuery), `${current.title}.md`);
              }}
            >
              {t('reports.downloads.markdown')}
            </Button>
          </>
        }
      />
      {body}
      <FigureSourcesModal figure={sourcesOf} onClose={() => setSourcesOf(null)} />
      <ReportCompareModal
        year={year}
        taskListId={taskListId}
        versions={comparing}
        onClose={() => setComparing(null)}
      />
    </Flex>
  );
}

export default withAppContext(ReportsPage);
