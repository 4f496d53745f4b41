import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useDownload } from '../hooks/useDownload.js';

interface ExportButtonProps {
  /** The download address, with the page's filters and as-of time in its query. */
  url: string;
  /** Used when the server names no file. */
  fallbackName: string;
  children: ReactNode;
  icon?: ReactNode;
}

/** A labelled export of what the page shows; the server names the file after the ledger and date. */
export default function ExportButton({ url, fallbackName, children, icon }: ExportButtonProps) {
  const t = useT();
  const describe = useErrorMessage();
  const { message } = App.useApp();
  const download = useDownload();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={icon ?? <FileExcelOutlined />}
      loading={busy}
      title={t('common.exports.hint')}
      onClick={async () => {
        setBusy(true);
        try {
          await download(url, fallbackName);
        } catch (error) {
          message.error(t('common.exports.failed', { message: describe(error) }));
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </Button>
  );
}
