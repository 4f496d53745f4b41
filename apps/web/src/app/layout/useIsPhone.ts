import { Grid } from 'antd';

/**
 * Below antd's `md` breakpoint (768 px) the screens switch to their phone form: the menu as a drawer,
 * card lists instead of wide tables. Before the first measurement it answers "not a phone".
 */
export function useIsPhone(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}
