import { Card } from 'antd';
import type { ReactNode } from 'react';

/** A titled block of a page; the title is a real heading so keyboard users can jump between blocks. */
export default function Panel({
  title,
  extra,
  children,
  id,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Card
      id={id}
      size="small"
      title={title ? <h3 style={{ margin: 0, fontSize: 15, fontWeight: 600 }}>{title}</h3> : undefined}
      extra={extra}
      styles={{ body: { padding: 16 } }}
    >
      {children}
    </Card>
  );
}
