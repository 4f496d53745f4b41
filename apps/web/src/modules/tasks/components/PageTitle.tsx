import { Flex } from 'antd';
import type { ReactNode } from 'react';

/** The heading row of an office page: the title (one h2 per page, for screen readers) and its tools. */
export default function PageTitle({
  title,
  extra,
  children,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <h2 style={{ margin: 0, fontSize: 20, fontWeight: 600, lineHeight: 1.4 }}>{title}</h2>
        {extra ? (
          <Flex gap={8} wrap align="center">
            {extra}
          </Flex>
        ) : null}
      </Flex>
      {children}
    </Flex>
  );
}
