import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import type { EvidenceFileFieldsFragment } from '../../../generated/graphql.js';
import { useDownload } from '../hooks/useDownload.js';
import { formatFileSize } from '../model/format-file-size.js';

interface Props {
  files: readonly EvidenceFileFieldsFragment[];
  /** Shown when there are no files; nothing is rendered when left out. */
  empty?: string;
}

/**
 * Evidence files (佐证材料) as download links. The files sit behind the bearer token, so a click
 * fetches the bytes with it and hands them to the browser under the file's name; a refusal is
 * reported in words, never as a broken link.
 */
export default function EvidenceFileList({ files, empty }: Props) {
  const t = useT();
  const download = useDownload();
  const describeError = useErrorMessage();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  if (files.length === 0) return empty ? <Typography.Text type="secondary">{empty}</Typography.Text> : null;

  const fetchFile = async (file: EvidenceFileFieldsFragment) => {
    setBusy(file.sha256);
    try {
      await download(file.downloadPath, file.name);
    } catch (error) {
      void message.error(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={0} align="flex-start" data-testid="evidence-files">
      {files.map((file) => (
        <Button
          key={file.sha256}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          loading={busy === file.sha256}
          aria-label={t('common.downloadFile', { name: file.name })}
          title={t('common.downloadFile', { name: file.name })}
          style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => void fetchFile(file)}
        >
          <span>
            {file.name}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              ({formatFileSize(file.size)})
            </Typography.Text>
          </span>
        </Button>
      ))}
    </Flex>
  );
}
