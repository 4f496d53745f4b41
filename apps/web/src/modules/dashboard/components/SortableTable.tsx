import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useMemo, useState } from 'react';

export interface SortableColumn<Row> {
  key: string;
  title: string;
  /** Columns sharing a group get one header cell above them. */
  group?: string;
  align?: 'left' | 'right';
  width?: number;
  render: (row: Row) => ReactNode;
  /** Absent for a column that cannot be sorted. */
  sortValue?: (row: Row) => number | string;
}

type Direction = 'ascending' | 'descending';

/**
 * A plain HTML table with sortable columns. The dashboard's first paint stays small this way (the antd
 * table alone is a fifth of the budget); headers are buttons with aria-sort, so keyboards and screen
 * readers can sort too. The first column stays in view while the rest scroll sideways.
 */
export default function SortableTable<Row>({
  columns,
  rows,
  rowKey,
  initialSort,
  emptyText,
  caption,
  testId,
}: {
  columns: readonly SortableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; direction: Direction };
  emptyText: ReactNode;
  caption: string;
  testId?: string;
}) {
  const { token } = theme.useToken();
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort?.key);
    if (!sort || !column?.sortValue) return rows;
    const value = column.sortValue;
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...rows].sort((a, b) => {
      const left = value(a);
      const right = value(b);
      const order =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : String(left).localeCompare(String(right), 'zh-CN');
      return order * factor;
    });
  }, [rows, columns, sort]);

  const groups: { title: string; span: number }[] = [];
  for (const column of columns) {
    const title = column.group ?? '';
    const last = groups.at(-1);
    if (last && last.title === title && title !== '') last.span += 1;
    else groups.push({ title, span: 1 });
  }
  const hasGroups = columns.some((column) => column.group);

  const cell: CSSProperties = {
    padding: '6px 8px',
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    whiteSpace: 'nowrap',
  };
  const head: CSSProperties = {
    ...cell,
    background: token.colorFillAlter,
    fontWeight: 600,
    position: 'sticky',
    top: 0,
  };
  const first = (style: CSSProperties, background: string): CSSProperties => ({
    ...style,
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background,
    borderRight: `1px solid ${token.colorBorderSecondary}`,
  });

  const toggle = (key: string) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'descending' },
    );

  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }} data-testid={testId}>
      <table
        style={{ borderCollapse: 'separate', borderSpacing: 0, width: '100%', fontSize: token.fontSizeSM }}
      >
        <caption
          style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}
        >
          {caption}
        </caption>
        <thead>
          {hasGroups ? (
            <tr>
              {groups.map((group, index) => (
                <th
                  key={`${group.title}-${index}`}
                  colSpan={group.span}
                  scope="colgroup"
                  style={index === 0 ? first(head, token.colorFillAlter) : { ...head, textAlign: 'center' }}
                >
                  {group.title}
                </th>
              ))}
            </tr>
          ) : null}
          <tr>
            {columns.map((column, index) => {
              const active = sort?.key === column.key;
              const style: CSSProperties = {
                ...head,
                top: hasGroups ? 30 : 0,
                textAlign: column.align ?? 'left',
                width: column.width,
              };
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? sort.direction : column.sortValue ? 'none' : undefined}
                  style={index === 0 ? first(style, token.colorFillAlter) : style}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      onClick={() => toggle(column.key)}
                      style={{
                        all: 'unset',
                        cursor: 'pointer',
                        color: active ? token.colorPrimary : undefined,
                        outlineOffset: 2,
                      }}
                      className="sortable-header"
                    >
                      {column.title}
                      <span aria-hidden style={{ marginLeft: 2, opacity: active ? 1 : 0.35 }}>
                        {active && sort.direction === 'ascending' ? '▲' : '▼'}
                      </span>
                    </button>
                  ) : (
                    column.title
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td
                colSpan={columns.length}
                style={{ ...cell, textAlign: 'center', padding: 24, color: token.colorTextSecondary }}
              >
                {emptyText}
              </td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) =>
                  index === 0 ? (
                    <th
                      key={column.key}
                      scope="row"
                      style={{ ...first(cell, token.colorBgContainer), textAlign: 'left', fontWeight: 500 }}
                    >
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} style={{ ...cell, textAlign: column.align ?? 'left' }}>
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
