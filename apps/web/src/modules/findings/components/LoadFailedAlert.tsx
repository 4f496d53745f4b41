import { Alert, Button } from 'antd';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';

/** The error state of a list or detail page: what went wrong, in the user's language, and a retry. */
export default function LoadFailedAlert({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  const describeError = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('pageStates.loadFailed', { message: describeError(error) })}
      action={
        <Button size="small" onClick={onRetry}>
          {t('pageStates.retry')}
        </Button>
      }
    />
  );
}
