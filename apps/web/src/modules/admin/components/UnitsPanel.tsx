import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import FormModal from '../../findings/components/FormModal.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import { RegisterUnitDocument, RenameUnitDocument, RetireUnitDocument } from '../../../generated/graphql.js';
import type { UnitKind, UnitsQuery } from '../../../generated/graphql.js';
import { useUnits } from '../hooks/useUnits.js';
import formatTime from '../../findings/format-time.js';

type UnitRow = UnitsQuery['units'][number];
const KINDS: UnitKind[] = ['DEPARTMENT', 'TOWNSHIP'];

/** The unit registry; only the system administrator changes it, the office reads it. */
export default function UnitsPanel({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const { units, loading, error, refetch } = useUnits();
  const [registering, setRegistering] = useState(false);
  const [renaming, setRenaming] = useState<UnitRow | null>(null);
  const [retiring, setRetiring] = useState<UnitRow | null>(null);
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [registerUnit] = useMutation(RegisterUnitDocument, options);
  const [renameUnit] = useMutation(RenameUnitDocument, options);
  const [retireUnit] = useMutation(RetireUnitDocument, options);

  return (
    <Flex vertical gap="middle">
      {error ? <LoadFailedAlert error={error} onRetry={() => void refetch()} /> : null}
      {canEdit ? (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('admin.units.register')}
          </Button>
        </Flex>
      ) : null}
      <Table<UnitRow>
        rowKey="id"
        size="middle"
        loading={loading && units.length === 0}
        dataSource={units}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('admin.units.empty') }}
        columns={[
          { title: t('admin.units.name'), dataIndex: 'name' },
          {
            title: t('admin.units.kind'),
            dataIndex: 'kind',
            render: (kind: UnitKind) => t(`admin.unitKind.${kind}`),
          },
          {
            title: t('admin.units.status'),
            dataIndex: 'retired',
            render: (retired: boolean) =>
              retired ? (
                <Tag>{t('admin.units.retired')}</Tag>
              ) : (
                <Tag color="green">{t('admin.units.active')}</Tag>
              ),
          },
          {
            title: t('admin.units.registeredAt'),
            dataIndex: 'registeredAt',
            render: (value: string) => formatTime(value),
          },
          ...(canEdit
            ? [
                {
                  title: t('admin.units.actions'),
                  key: 'actions',
                  render: (_: unknown, unit: UnitRow) =>
                    unit.retired ? null : (
                      <Space size={0}>
                        <Button type="link" onClick={() => setRenaming(unit)}>
                          {t('admin.units.rename')}
                        </Button>
                        <Button type="link" danger onClick={() => setRetiring(unit)}>
                          {t('admin.units.retire')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<{ name: string; kind: UnitKind }>
        title={t('admin.units.register')}
        open={registering}
        onClose={() => setRegistering(false)}
        initialValues={{ kind: 'DEPARTMENT' }}
        onSubmit={async (values) => {
          await registerUnit({ variables: { input: { name: values.name.trim(), kind: values.kind } } });
          void message.success(t('admin.units.registered'));
        }}
      >
        <Form.Item
          name="name"
          label={t('admin.units.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.units.nameRequired') }]}
        >
          <Input autoFocus maxLength={100} />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('admin.units.kind')}
          rules={[{ required: true, message: t('admin.units.kindRequired') }]}
        >
          <Select options={KINDS.map((kind) => ({ value: kind, label: t(`admin.unitKind.${kind}`) }))} />
        </Form.Item>
      </FormModal>
      <FormModal<{ name: string }>
        title={t('admin.units.renameTitle', { name: renaming?.name ?? '' })}
        open={renaming !== null}
        onClose={() => setRenaming(null)}
        initialValues={{ name: renaming?.name ?? '' }}
        onSubmit={async (values) => {
          if (!renaming) return;
          await renameUnit({ variables: { input: { unitId: renaming.id, name: values.name.trim() } } });
          void message.success(t('admin.units.renamed'));
        }}
      >
        <Form.Item
          name="name"
          label={t('admin.units.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.units.nameRequired') }]}
        >
          <Input autoFocus maxLength={100} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        title={t('admin.units.retireTitle', { name: retiring?.name ?? '' })}
        open={retiring !== null}
        onClose={() => setRetiring(null)}
        danger
        okText={t('admin.units.retire')}
        warning={t('admin.units.retireWarning')}
        onSubmit={async (values) => {
          if (!retiring) return;
          await retireUnit({ variables: { input: { unitId: retiring.id, reason: values.reason.trim() } } });
          void message.success(t('admin.units.retiredDone'));
        }}
      >
        <Form.Item
          name="reason"
          label={t('admin.units.retireReason')}
          rules={[{ required: true, whitespace: true, message: t('admin.units.retireReasonRequired') }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
