import { useContext } from 'react';
import { LocaleContext } from './locale-context.js';
import type { LocaleContextValue } from './locale-context.js';

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside LocaleProvider');
  return value;
}
