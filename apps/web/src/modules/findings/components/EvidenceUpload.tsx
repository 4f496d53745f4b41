import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import type { EvidenceRefInput } from '../../../generated/graphql.js';
import { useUploadEvidence } from '../hooks/useUploadEvidence.js';

interface EvidenceUploadProps {
  id?: string;
  value?: EvidenceRefInput[];
  onChange?: (value: EvidenceRefInput[]) => void;
  /** Tells the form whether an upload is still running, so it is not submitted half-done. */
  onBusyChange?: (busy: boolean) => void;
}

type Entry = UploadFile<EvidenceRefInput>;

/** A form control: files go to the server as soon as they are chosen; the value is their references. */
export default function EvidenceUpload({ id, onChange, onBusyChange }: EvidenceUploadProps) {
  const t = useT();
  const upload = useUploadEvidence();
  const [files, setFiles] = useState<Entry[]>([]);

  useEffect(() => {
    onBusyChange?.(files.some((file) => file.status === 'uploading'));
    onChange?.(files.flatMap((file) => (file.status === 'done' && file.response ? [file.response] : [])));
    // Only a change of the files is news for the form; its callbacks are new on every render.
  }, [files]);

  return (
    <Upload<EvidenceRefInput>
      id={id}
      multiple
      fileList={files}
      onChange={({ fileList }) =>
        setFiles(
          fileList.map((file) =>
            file.status === 'error'
              ? { ...file, response: undefined, error: t('findings.upload.failed', { name: file.name }) }
              : file,
          ),
        )
      }
      customRequest={({ file, onSuccess, onError }) => {
        upload(file as File).then(
          (stored) => onSuccess?.(stored),
          (error: unknown) => onError?.(error instanceof Error ? error : new Error(String(error))),
        );
      }}
    >
      <Button icon={<UploadOutlined />}>{t('findings.upload.button')}</Button>
    </Upload>
  );
}
