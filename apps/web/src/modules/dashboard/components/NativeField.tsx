import { theme } from 'antd';
import type { CSSProperties, InputHTMLAttributes, SelectHTMLAttributes } from 'react';

/**
 * Native select and date inputs styled like antd's: on the dashboard they keep the first paint small
 * and come with the browser's own keyboard and screen-reader support.
 */
function useFieldStyle(width: number): CSSProperties {
  const { token } = theme.useToken();
  return {
    width,
    height: token.controlHeight,
    padding: '0 8px',
    border: `1px solid ${token.colorBorder}`,
    borderRadius: token.borderRadius,
    background: token.colorBgContainer,
    color: token.colorText,
    font: 'inherit',
  };
}

export function NativeSelect({
  width,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { width: number }) {
  return <select {...props} style={{ ...useFieldStyle(width), ...props.style }} />;
}

export function NativeDateInput({
  width,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { width: number }) {
  return <input type="date" {...props} style={{ ...useFieldStyle(width), ...props.style }} />;
}
