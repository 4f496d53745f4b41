import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useUploadFile } from '../../files/hooks/useUploadFile.js';
import type { StoredFile } from '../../files/model/stored-file.js';

interface Props {
  id?: string;
  value?: StoredFile[];
  onChange?: (value: StoredFile[]) => void;
  onBusyChange?: (busy: boolean) => void;
}

/** Evidence files (佐证材料) as a form control: each file is uploaded to POST /files when chosen; the value is the references. */
export default function EvidenceInput({ id, onChange, onBusyChange }: Props) {
  const t = useT();
  const describe = useErrorMessage();
  const upload = useUploadFile();
  const [files, setFiles] = useState<UploadFile<StoredFile>[]>([]);

  useEffect(() => {
    onBusyChange?.(files.some((file) => file.status === 'uploading'));
    onChange?.(files.flatMap((file) => (file.status === 'done' && file.response ? [file.response] : [])));
    // Only the files are news to the form; its callbacks change on every render.
  }, [files]);

  return (
    <Upload<StoredFile>
      id={id}
      multiple
      fileList={files}
      onChange={({ fileList }) => setFiles(fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        const chosen = file as File;
        upload(chosen).then(
          (stored) => onSuccess?.(stored),
          (error: unknown) =>
            onError?.(
              new Error(t('tasks.forms.uploadFailed', { name: chosen.name, message: describe(error) })),
            ),
        );
      }}
    >
      <Button icon={<UploadOutlined />}>{t('tasks.forms.upload')}</Button>
    </Upload>
  );
}
