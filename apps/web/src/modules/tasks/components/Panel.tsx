import { theme } from 'antd';
import type { ReactNode } from 'react';

/**
 * A titled block of a page; the title is a real heading so keyboard users can jump between blocks.
 * Plain markup rather than antd's Card, which brings tabs and more into every page that shows a panel.
 */
export default function Panel({
  title,
  extra,
  children,
  id,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  children?: ReactNode;
  id?: string;
}) {
  const { token } = theme.useToken();
  return (
    <section
      id={id}
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
      }}
    >
      {title || extra ? (
        <div
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 12,
            flexWrap: 'wrap',
            padding: '10px 16px',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          {title ? <h3 style={{ margin: 0, fontSize: 15, fontWeight: 600 }}>{title}</h3> : <span />}
          {extra}
        </div>
      ) : null}
      <div style={{ padding: 16 }}>{children}</div>
    </section>
  );
}
