import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Flex, Modal, Progress, Steps, Table, Tag, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import type { MessageKey } from '../../../app/i18n/message-key.js';
import { AddTaskToListDocument } from '../../../generated/graphql.js';
import { TASK_SHEET_HEADERS_ZH_CN } from '@duban/domain';
import { TASK_SHEET_COLUMNS, parseTaskSheet } from '../import/parse-task-sheet.js';
import type { SheetCell, TaskSheetColumn, TaskSheetError, TaskSheetRow } from '../import/parse-task-sheet.js';
import { taskSheetTemplate } from '../import/task-sheet-template.js';
import { countCreated, hasFailures, prepareImport, rowsToSend, runImport } from '../import/import-run.js';
import type { ImportRow } from '../import/import-run.js';

interface Props {
  open: boolean;
  listId: string;
  areas: readonly string[];
  units: readonly { id: string; name: string }[];
  onClose: () => void;
  /** Called after creating, even partly, so the list shows what now exists. */
  onCreated: () => void;
}

function saveBlob(blob: Blob, name: string) {
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

/**
 * 从 Excel 导入: a template to fill in, a preview that checks every row against the list's areas and
 * the district's units, and only then the creation of the valid rows, one task at a time. Each valid
 * row gets its task id when the file is read and keeps it: a retry after a failure sends only the rows
 * not confirmed, under the ids they were first sent with, so the API adds none of them twice (see
 * import-run.ts). Each row shows its own outcome.
 */
export default function ImportTasksModal({ open, listId, areas, units, onClose, onCreated }: Props) {
  const t = useT();
  const describe = useErrorMessage();
  const { message } = App.useApp();
  const [addTask] = useMutation(AddTaskToListDocument);
  const [rows, setRows] = useState<TaskSheetRow[] | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  // The valid rows with their task ids and outcomes; kept until the dialog closes or all are created.
  const [imports, setImports] = useState<ImportRow[]>([]);

  const valid = rows?.filter((row) => row.task) ?? [];
  const invalid = rows?.filter((row) => !row.task) ?? [];
  const creating = progress !== null && progress.done < progress.total;
  const toSend = rowsToSend(imports);
  const retrying = hasFailures(imports);
  const failures = imports.flatMap((row) =>
    row.outcome.status === 'FAILED' ? [{ row: row.rowNumber, message: row.outcome.message }] : [],
  );
  const outcomeOf = (rowNumber: number) => imports.find((row) => row.rowNumber === rowNumber)?.outcome;

  const reset = () => {
    setRows(null);
    setFileName(null);
    setReadError(null);
    setProgress(null);
    setImports([]);
  };

  const downloadTemplate = async () => {
    // The spreadsheet writer is loaded only when someone asks for the template.
    const { default: writeXlsxFile } = await import('write-excel-file/universal');
    const sheets = taskSheetTemplate(
      {
        sheetName: t('taskLists.import.sheetName'),
        headers: {
          area: t('taskLists.import.headers.area'),
          title: t('taskLists.import.headers.title'),
          description: t('taskLists.import.headers.description'),
          leadUnit: t('taskLists.import.headers.leadUnit'),
          cooperatingUnits: t('taskLists.import.headers.cooperatingUnits'),
          deadline: t('taskLists.import.headers.deadline'),
        },
        exampleTitle: t('taskLists.import.example.title'),
        exampleDescription: t('taskLists.import.example.description'),
        exampleDeadline: t('taskLists.import.example.deadline'),
        referenceSheetName: t('taskLists.import.referenceSheet'),
        areasHeader: t('taskLists.import.areasHeader'),
        unitsHeader: t('taskLists.import.unitsHeader'),
      },
      areas,
      units.map((unit) => unit.name),
    );
    saveBlob(await writeXlsxFile(sheets).toBlob(), t('taskLists.import.templateFileName'));
  };

  const read = async (file: File) => {
    // A file chosen again after a failed import: its unchanged rows keep their ids and outcomes.
    const previous = imports;
    reset();
    setFileName(file.name);
    setReading(true);
    try {
      const { readSheet } = await import('read-excel-file/universal');
      const sheet = (await readSheet(file)) as unknown as SheetCell[][];
      // The template's names in this language and the shared Chinese ones, which a task ledger uses.
      const headers = Object.fromEntries(
        TASK_SHEET_COLUMNS.map((column) => [
          column,
          [t(`taskLists.import.headers.${column}` as MessageKey), TASK_SHEET_HEADERS_ZH_CN[column]],
        ]),
      ) as Record<TaskSheetColumn, string[]>;
      const parsed = parseTaskSheet(sheet, { areas, units, headers });
      setRows(parsed);
      setImports(prepareImport(parsed, previous));
    } catch {
      setReadError(t('taskLists.import.readFailed'));
    } finally {
      setReading(false);
    }
  };

  const create = async () => {
    const total = toSend.length;
    let done = 0;
    setProgress({ done, total });
    const after = await runImport(
      imports,
      async ({ taskId, task }) => {
        try {
          await addTask({ variables: { input: { listId, taskId, ...task } } });
        } finally {
          setProgress({ done: ++done, total });
        }
      },
      describe,
      setImports,
    );
    onCreated();
    if (!hasFailures(after)) {
      message.success(t('taskLists.import.created', { count: countCreated(after) }));
      reset();
      onClose();
    }
  };

  const errorText = (error: TaskSheetError) =>
    t(`taskLists.import.errors.${error.code}` as MessageKey, { value: error.value ?? '' });

  const columns: TableColumnsType<TaskSheetRow> = [
    { key: 'row', dataIndex: 'rowNumber', title: t('taskLists.import.rowNumber'), width: 64 },
    {
      key: 'area',
      title: t('taskLists.import.headers.area'),
      width: 120,
      render: (_, row) => row.cells.area,
    },
    { key: 'title', title: t('taskLists.import.headers.title'), render: (_, row) => row.cells.title },
    {
      key: 'leadUnit',
      title: t('taskLists.import.headers.leadUnit'),
      width: 130,
      render: (_, row) => row.cells.leadUnit,
    },
    {
      key: 'cooperatingUnits',
      title: t('taskLists.taskColumns.cooperatingUnits'),
      width: 150,
      render: (_, row) => row.cells.cooperatingUnits,
    },
    {
      key: 'deadline',
      title: t('taskLists.import.headers.deadline'),
      width: 110,
      render: (_, row) => row.task?.deadline ?? row.cells.deadline,
    },
    {
      key: 'result',
      title: t('taskLists.import.result'),
      width: 220,
      render: (_, row) =>
        row.task ? (
          <RowOutcomeTag rowNumber={row.rowNumber} outcome={outcomeOf(row.rowNumber)} />
        ) : (
          <Flex vertical gap={2} data-testid={`import-row-${row.rowNumber}-errors`}>
            {row.errors.map((error, index) => (
              <Typography.Text key={index} type="danger">
                {errorText(error)}
              </Typography.Text>
            ))}
          </Flex>
        ),
    },
  ];

  return (
    <Modal
      open={open}
      title={t('taskLists.import.title')}
      width={1100}
      onCancel={() => {
        if (creating) return;
        reset();
        onClose();
      }}
      destroyOnHidden
      footer={[
        <Button
          key="cancel"
          disabled={creating}
          onClick={() => {
            reset();
            onClose();
          }}
        >
          {t('taskLists.import.cancel')}
        </Button>,
        <Button
          key="create"
          type="primary"
          disabled={toSend.length === 0 || creating}
          loading={creating}
          onClick={() => void create()}
        >
          {retrying
            ? t('taskLists.import.retry', { count: toSend.length })
            : t('taskLists.import.create', { count: toSend.length })}
        </Button>,
      ]}
    >
      <Flex vertical gap={16}>
        <Steps
          size="small"
          current={rows ? (progress ? 2 : 1) : 0}
          items={[
            { title: t('taskLists.import.step1') },
            { title: t('taskLists.import.step2') },
            { title: t('taskLists.import.step3') },
          ]}
        />
        <div>
          <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
            {t('taskLists.import.downloadTemplate')}
          </Button>
        </div>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={creating}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
        >
          {rows ? null : (
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
          )}
          <p className="ant-upload-text">{fileName ?? t('taskLists.import.chooseFile')}</p>
          <p className="ant-upload-hint">{t('taskLists.import.chooseFileHint')}</p>
        </Upload.Dragger>
        {reading ? <Alert type="info" title={t('taskLists.import.reading')} /> : null}
        {readError ? <Alert type="error" showIcon role="alert" title={readError} /> : null}
        {rows && rows.length === 0 ? (
          <Alert type="warning" showIcon title={t('taskLists.import.noRows')} />
        ) : null}
        {rows && rows.length > 0 ? (
          <>
            <Alert
              type={invalid.length > 0 ? 'warning' : 'success'}
              showIcon
              role="status"
              title={t('taskLists.import.summary', {
                total: rows.length,
                valid: valid.length,
                invalid: invalid.length,
              })}
              description={invalid.length > 0 ? t('taskLists.import.invalidHint') : undefined}
            />
            <Table<TaskSheetRow>
              rowKey="rowNumber"
              size="small"
              columns={columns}
              dataSource={rows}
              pagination={rows.length > 50 ? { pageSize: 50 } : false}
              scroll={{ y: 320 }}
              rowClassName={(row) => (row.task ? '' : 'import-row-invalid')}
              onRow={(row) => (row.task ? {} : { style: { background: '#fff1f0' } })}
              data-testid="import-preview"
            />
          </>
        ) : null}
        {progress ? (
          <div role="status">
            <Typography.Text>
              {t('taskLists.import.creating', { done: progress.done, total: progress.total })}
            </Typography.Text>
            <Progress
              percent={Math.round((progress.done / Math.max(progress.total, 1)) * 100)}
              size="small"
            />
          </div>
        ) : null}
        {failures.length > 0 && !creating ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={failures
              .map((failure) =>
                t('taskLists.import.createFailed', { row: failure.row, message: failure.message }),
              )
              .join('；')}
            description={t('taskLists.import.retryHint', {
              created: countCreated(imports),
              failed: failures.length,
            })}
          />
        ) : null}
      </Flex>
    </Modal>
  );
}

/** A valid row's outcome: ready, on its way, created, or not created (why, and that it is retried). */
function RowOutcomeTag({
  rowNumber,
  outcome,
}: {
  rowNumber: number;
  outcome: ImportRow['outcome'] | undefined;
}) {
  const t = useT();
  const testId = `import-row-${rowNumber}-outcome`;
  switch (outcome?.status) {
    case 'SENDING':
      return (
        <Tag color="processing" data-testid={testId}>
          {t('taskLists.import.rowSending')}
        </Tag>
      );
    case 'CREATED':
      return (
        <Tag color="success" data-testid={testId}>
          {t('taskLists.import.rowCreated')}
        </Tag>
      );
    case 'FAILED':
      return (
        <Flex vertical gap={2} data-testid={testId}>
          <Tag color="error">{t('taskLists.import.rowFailed')}</Tag>
          <Typography.Text type="danger">{outcome.message}</Typography.Text>
        </Flex>
      );
    default:
      return (
        <Tag color="success" data-testid={testId}>
          {t('taskLists.import.ok')}
        </Tag>
      );
  }
}
