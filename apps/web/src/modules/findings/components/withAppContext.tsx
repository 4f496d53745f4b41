import { App } from 'antd';
import type { ComponentType } from 'react';

/**
 * Gives a page antd's App context, so its message and modal calls follow the configured locale and
 * theme (the static `message.success` would not).
 */
export default function withAppContext<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function WithAppContext(props: P) {
    return (
      <App component={false}>
        <Page {...props} />
      </App>
    );
  }
  WithAppContext.displayName = `WithAppContext(${Page.displayName ?? Page.name})`;
  return WithAppContext;
}
