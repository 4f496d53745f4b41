import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { INDICATOR_LIMITS, indicatorKindOf } from '@duban/domain';
import type { IndicatorKind } from '@duban/domain';
import { useT } from '../../../app/i18n/useT.js';
import { figureInputProps } from '../../tasks/model/figure-input.js';
import { COMMON_UNITS_OF_MEASURE } from '../model/common-units-of-measure.js';

export interface IndicatorValue {
  id: string;
  name: string;
  unitOfMeasure: string;
  kind?: IndicatorKind | null;
  /** Decimal places of an amount; a count has none. */
  scale?: number | null;
  target?: number | null;
  partOf?: string | null;
  sumOf?: string[];
}

export interface RateValue {
  id: string;
  name: string;
  numerator?: string;
  denominator?: string;
}

/** The next free id with the prefix, so ids stay stable once figures refer to them. */
function nextId(prefix: string, taken: readonly { id?: string }[]): string {
  let n = taken.length + 1;
  while (taken.some((item) => item?.id === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/**
 * Indicators of a task (counts or amounts, with their consistency rules) and the rates derived from
 * them. Rules and rates refer to indicators by id, so the pickers list the indicators named so far.
 * An amount's scale is asked only once it is an amount; the target keeps the figures' bounds.
 */
export default function IndicatorsEditor({ form }: { form: FormInstance }) {
  const t = useT();
  const indicators = (Form.useWatch('indicators', form) as IndicatorValue[] | undefined) ?? [];
  const rates = (Form.useWatch('rates', form) as RateValue[] | undefined) ?? [];
  const options = (exclude?: string) =>
    indicators
      .filter((indicator) => indicator?.id && indicator.id !== exclude && indicator.name)
      .map((indicator) => ({ value: indicator.id, label: indicator.name }));

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('taskLists.taskForm.indicatorsHint')}</Typography.Text>
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => {
              const current = indicators[field.name];
              const id = current?.id;
              return (
                <Card key={field.key} size="small" styles={{ body: { padding: 12 } }}>
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Flex gap={8} wrap align="start">
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('taskLists.taskForm.indicatorName')}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('taskLists.taskForm.indicatorNameRequired'),
                        },
                      ]}
                      style={{ flex: '1 1 200px', marginBottom: 0 }}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'unitOfMeasure']}
                      label={t('taskLists.taskForm.unitOfMeasure')}
                      rules={[
                        {
                          required: true,
                          whitespace: true,
                          message: t('taskLists.taskForm.unitOfMeasureRequired'),
                        },
                      ]}
                      style={{ width: 110, marginBottom: 0 }}
                    >
                      <AutoComplete options={COMMON_UNITS_OF_MEASURE.map((unit) => ({ value: unit }))} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={t('taskLists.taskForm.kind')}
                      tooltip={t('taskLists.taskForm.kindHint')}
                      style={{ width: 100, marginBottom: 0 }}
                    >
                      <Select
                        options={[
                          { value: 'COUNT', label: t('taskLists.taskForm.kindCount') },
                          { value: 'AMOUNT', label: t('taskLists.taskForm.kindAmount') },
                        ]}
                      />
                    </Form.Item>
                    {current && indicatorKindOf(current) === 'AMOUNT' ? (
                      <Form.Item
                        name={[field.name, 'scale']}
                        label={t('taskLists.taskForm.scale')}
                        tooltip={t('taskLists.taskForm.scaleHint')}
                        style={{ width: 90, marginBottom: 0 }}
                      >
                        <InputNumber
                          min={0}
                          max={INDICATOR_LIMITS.maxAmountScale}
                          precision={0}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    ) : null}
                    <Form.Item
                      name={[field.name, 'target']}
                      label={t('taskLists.taskForm.target')}
                      style={{ width: 130, marginBottom: 0 }}
                    >
                      <InputNumber
                        {...(current ? figureInputProps(current) : { min: 0 })}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'partOf']}
                      label={t('taskLists.taskForm.partOf')}
                      tooltip={t('taskLists.taskForm.partOfHint')}
                      style={{ width: 160, marginBottom: 0 }}
                    >
                      <Select allowClear options={options(id)} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'sumOf']}
                      label={t('taskLists.taskForm.sumOf')}
                      style={{ width: 200, marginBottom: 0 }}
                    >
                      <Select mode="multiple" allowClear options={options(id)} />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('taskLists.taskForm.removeIndicator')}
                      title={t('taskLists.taskForm.removeIndicator')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Flex>
                </Card>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() =>
                add({ id: nextId('i', indicators), name: '', unitOfMeasure: '件', kind: 'COUNT', sumOf: [] })
              }
            >
              {t('taskLists.taskForm.addIndicator')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Typography.Text strong>{t('taskLists.taskForm.rates')}</Typography.Text>
      <Form.List name="rates">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start">
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'name']}
                  label={t('taskLists.taskForm.rateName')}
                  rules={[
                    { required: true, whitespace: true, message: t('taskLists.taskForm.rateNameRequired') },
                  ]}
                  style={{ flex: '1 1 200px', marginBottom: 0 }}
                >
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'numerator']}
                  label={t('taskLists.taskForm.numerator')}
                  rules={[{ required: true, message: t('taskLists.taskForm.numeratorRequired') }]}
                  style={{ width: 180, marginBottom: 0 }}
                >
                  <Select options={options()} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'denominator']}
                  label={t('taskLists.taskForm.denominator')}
                  rules={[{ required: true, message: t('taskLists.taskForm.denominatorRequired') }]}
                  style={{ width: 180, marginBottom: 0 }}
                >
                  <Select options={options()} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('taskLists.taskForm.removeRate')}
                  title={t('taskLists.taskForm.removeRate')}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={indicators.length < 2}
              onClick={() => add({ id: nextId('r', rates), name: '' })}
            >
              {t('taskLists.taskForm.addRate')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Flex>
  );
}
