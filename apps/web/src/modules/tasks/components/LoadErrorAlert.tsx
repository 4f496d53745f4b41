import { Alert, Button } from 'antd';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';

/** A failed load: what failed, why (translated), and a way to try again. */
export default function LoadErrorAlert({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const t = useT();
  const describe = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={describe(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null
      }
    />
  );
}
