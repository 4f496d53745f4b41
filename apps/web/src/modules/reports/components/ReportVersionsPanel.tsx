import { useQuery } from '@apollo/client/react';
import { Button, Flex, Select, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import { AnnualReportVersionListDocument } from '../../../generated/graphql.js';
import type { AnnualReportVersionListQuery } from '../../../generated/graphql.js';
import { formatDateTime } from '../../tasks/model/format.js';

type Version = AnnualReportVersionListQuery['annualReportVersions'][number];

interface Props {
  year: number;
  taskListId: string | null;
  current: number;
  latest: number;
  onView: (version: number) => void;
  onCompare: (from: number, to: number) => void;
}

/** Every version of the report (each generation or edit is one) and a way to compare any two. */
export default function ReportVersionsPanel({ year, taskListId, current, latest, onView, onCompare }: Props) {
  const t = useT();
  const { data, loading, refetch } = useQuery(AnnualReportVersionListDocument, {
    variables: { year, taskListId },
    fetchPolicy: 'cache-and-network',
  });
  // Each generation or edit makes a new latest version: the list follows it.
  useEffect(() => {
    void refetch();
  }, [latest, refetch]);
  const versions = [...(data?.annualReportVersions ?? [])].sort((a, b) => b.version - a.version);
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const options = versions.map((version) => ({
    value: version.version,
    label: t('reports.version', { version: version.version }),
  }));
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('reports.compare.from')}
          placeholder={t('reports.compare.from')}
          style={{ width: 110 }}
          options={options}
          value={from ?? (latest > 1 ? latest - 1 : undefined)}
          onChange={setFrom}
        />
        →
        <Select
          aria-label={t('reports.compare.to')}
          placeholder={t('reports.compare.to')}
          style={{ width: 110 }}
          options={options}
          value={to ?? latest}
          onChange={setTo}
        />
        <Button
          disabled={versions.length < 2}
          onClick={() => {
            const a = from ?? latest - 1;
            const b = to ?? latest;
            onCompare(Math.min(a, b), Math.max(a, b));
          }}
        >
          {t('reports.compare.run')}
        </Button>
      </Flex>
      <Table<Version>
        rowKey="version"
        size="small"
        loading={loading && !data}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        dataSource={versions}
        columns={[
          {
            key: 'version',
            title: t('reports.versions.version'),
            width: 88,
            render: (_, row) => (
              <span>
                {row.version}
                {row.version === latest ? <Tag style={{ marginLeft: 4 }}>{t('reports.latest')}</Tag> : null}
              </span>
            ),
          },
          {
            key: 'type',
            title: t('reports.versions.type'),
            ellipsis: true,
            render: (_, row) =>
              `${t.lookup(`reports.versions.${row.type}`) ?? row.type}${row.heading ? `：${row.heading}` : ''}`,
          },
          {
            key: 'at',
            title: t('reports.versions.at'),
            width: 132,
            render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.at)}</span>,
          },
          {
            key: 'view',
            title: '',
            width: 64,
            render: (_, row) =>
              row.version === current ? null : (
                <Button type="link" size="small" onClick={() => onView(row.version)}>
                  {t('reports.versions.view')}
                </Button>
              ),
          },
        ]}
      />
    </Flex>
  );
}
