import {
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Spin,
  Typography,
} from 'antd';
import { useMutation } from '@apollo/client/react';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../../app/auth/useSession.js';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useAccess } from '../../../app/useAccess.js';
import { useUnits } from '../../admin/hooks/useUnits.js';
import LoadFailedAlert from '../../findings/components/LoadFailedAlert.js';
import withAppContext from '../../findings/components/withAppContext.js';
import { OpenInspectionDocument } from '../../../generated/graphql.js';
import type { InspectionKind } from '../../../generated/graphql.js';
import { useAssignableInspectors } from '../hooks/useAssignableInspectors.js';
import { INSPECTION_KINDS } from '../inspection-kinds.js';
import { initialTeam, teamOptions } from '../model/team-picker.js';
import { registerNamespaces } from '../../../app/i18n/catalogues.js';
import { useNamespaces } from '../../../app/i18n/useNamespaces.js';
import inspectionsTexts from '../../../locales/namespaces/inspections.js';
import findingsTexts from '../../../locales/namespaces/findings.js';
import ledgerTexts from '../../../locales/namespaces/ledger.js';

// Registered as the chunk loads; the page renders once they are readable in the current language.
const namespacesReady = registerNamespaces(inspectionsTexts, findingsTexts, ledgerTexts);

interface OpenValues {
  kind: InspectionKind;
  title: string;
  teamUserIds: string[];
  targetUnitIds: string[];
  period: [Dayjs, Dayjs];
  filesSampled?: number;
}

/** 新建督察: kind, title, team of inspectors, target units, period and, for a case-file review, files sampled. */
function InspectionCreatePage() {
  useNamespaces(namespacesReady);
  const t = useT();
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const { message } = App.useApp();
  const me = useSession().session?.user;
  const access = useAccess();
  const [form] = Form.useForm<OpenValues>();
  const { active: units, error: unitsError, refetch: refetchUnits } = useUnits();
  const inspectorsQuery = useAssignableInspectors({ skip: !access.canOpenInspections });
  const [failure, setFailure] = useState<string | null>(null);
  const [openInspection, { loading }] = useMutation(OpenInspectionDocument, { refetchQueries: 'active' });
  const kind = Form.useWatch('kind', form);

  const submit = async (values: OpenValues) => {
    setFailure(null);
    try {
      const result = await openInspection({
        variables: {
          input: {
            kind: values.kind,
            title: values.title.trim(),
            teamUserIds: values.teamUserIds,
            targetUnitIds: values.targetUnitIds,
            periodStart: values.period[0].format('YYYY-MM-DD'),
            periodEnd: values.period[1].format('YYYY-MM-DD'),
            ...(values.kind === 'CASE_FILE_REVIEW' ? { filesSampled: values.filesSampled } : {}),
          },
        },
      });
      void message.success(t('inspections.form.created'));
      const id = result.data?.openInspection.id;
      navigate(id ? `/inspections/${id}` : '/inspections');
    } catch (error) {
      setFailure(describeError(error));
    }
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('inspections.createTitle')}
      </Typography.Title>
      {unitsError ? <LoadFailedAlert error={unitsError} onRetry={() => void refetchUnits()} /> : null}
      {inspectorsQuery.error ? (
        <LoadFailedAlert error={inspectorsQuery.error} onRetry={() => void inspectorsQuery.refetch()} />
      ) : null}
      <Card>
        <Form<OpenValues>
          form={form}
          layout="vertical"
          style={{ maxWidth: 720 }}
          initialValues={{ kind: 'RULE_OF_LAW', teamUserIds: initialTeam(me) }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            name="kind"
            label={t('inspections.form.kind')}
            rules={[{ required: true, message: t('inspections.form.kindRequired') }]}
          >
            <Select
              options={INSPECTION_KINDS.map((value) => ({ value, label: t(`inspections.kind.${value}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('inspections.form.title')}
            rules={[{ required: true, whitespace: true, message: t('inspections.form.titleRequired') }]}
          >
            <Input autoFocus maxLength={200} placeholder={t('inspections.form.titlePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="teamUserIds"
            label={t('inspections.form.team')}
            rules={[{ required: true, type: 'array', min: 1, message: t('inspections.form.teamRequired') }]}
          >
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('inspections.form.teamPlaceholder')}
              loading={inspectorsQuery.loading}
              status={inspectorsQuery.error ? 'error' : undefined}
              notFoundContent={
                inspectorsQuery.loading ? (
                  <Spin size="small" />
                ) : inspectorsQuery.error ? (
                  t('inspections.form.teamLoadFailed')
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.form.teamEmpty')} />
                )
              }
              options={teamOptions(inspectorsQuery.inspectors)}
            />
          </Form.Item>
          <Form.Item
            name="targetUnitIds"
            label={t('inspections.form.targets')}
            rules={[
              { required: true, type: 'array', min: 1, message: t('inspections.form.targetsRequired') },
            ]}
          >
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
            />
          </Form.Item>
          <Form.Item
            name="period"
            label={t('inspections.form.period')}
            rules={[{ required: true, message: t('inspections.form.periodRequired') }]}
          >
            <DatePicker.RangePicker />
          </Form.Item>
          {kind === 'CASE_FILE_REVIEW' ? (
            <Form.Item
              name="filesSampled"
              label={t('inspections.form.filesSampled')}
              rules={[
                { required: true, message: t('inspections.form.filesSampledRequired') },
                { type: 'number', min: 1, message: t('inspections.form.filesSampledMin') },
              ]}
            >
              <InputNumber precision={0} min={1} />
            </Form.Item>
          ) : null}
          {failure ? (
            <Typography.Paragraph type="danger" role="alert">
              {failure}
            </Typography.Paragraph>
          ) : null}
          <Flex gap="small">
            <Button type="primary" htmlType="submit" loading={loading}>
              {t('inspections.form.submit')}
            </Button>
            <Button onClick={() => navigate('/inspections')}>{t('inspections.form.cancel')}</Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}

export default withAppContext(InspectionCreatePage);
