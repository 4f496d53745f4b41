import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import type { AnnualReportFieldsFragment } from '../../../generated/graphql.js';
import ReportFiguresTable from './ReportFiguresTable.js';

type Section = AnnualReportFieldsFragment['sections'][number];
type Figure = AnnualReportFieldsFragment['figures'][number];

interface Props {
  section: Section;
  figures: readonly Figure[];
  editable: boolean;
  saving: boolean;
  onSave: (text: string) => Promise<boolean>;
  onSources: (figure: Figure) => void;
}

/** One section: its heading, its narrative (editable by the office) and the figures it states. */
export default function ReportSectionView({ section, figures, editable, saving, onSave, onSources }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const Heading = section.level <= 1 ? 'h3' : 'h4';
  return (
    <section
      id={`section-${section.id}`}
      aria-labelledby={`heading-${section.id}`}
      style={{ marginBottom: 24 }}
    >
      <Flex justify="space-between" align="center" gap={8}>
        <Heading
          id={`heading-${section.id}`}
          style={{ margin: '8px 0', fontSize: section.level <= 1 ? 17 : 15 }}
        >
          {section.heading} {section.edited ? <Tag color="blue">{t('reports.edited')}</Tag> : null}
        </Heading>
        {editable && draft === null ? (
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setDraft(section.text)}
            aria-label={`${t('reports.edit')}：${section.heading}`}
          >
            {t('reports.edit')}
          </Button>
        ) : null}
      </Flex>
      {draft === null ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{section.text}</Typography.Paragraph>
      ) : (
        <Flex vertical gap={8}>
          <Input.TextArea
            aria-label={section.heading}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            autoSize={{ minRows: 4, maxRows: 16 }}
            status={draft.trim() ? undefined : 'error'}
          />
          {draft.trim() ? null : <Typography.Text type="danger">{t('reports.textRequired')}</Typography.Text>}
          <Space>
            <Button
              type="primary"
              loading={saving}
              disabled={!draft.trim() || draft === section.text}
              onClick={async () => {
                if (await onSave(draft)) setDraft(null);
              }}
            >
              {t('reports.save')}
            </Button>
            <Button onClick={() => setDraft(null)}>{t('reports.cancel')}</Button>
          </Space>
        </Flex>
      )}
      {figures.length > 0 ? <ReportFiguresTable figures={figures} onSources={onSources} /> : null}
    </section>
  );
}
