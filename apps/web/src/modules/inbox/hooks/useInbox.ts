import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useAccess } from '../../../app/useAccess.js';
import { InboxFindingsDocument, InboxTasksDocument } from '../../../generated/graphql.js';
import { inboxItems } from '../model/inbox-items.js';

/** How often the inbox asks again, so a request made elsewhere shows up without a reload. */
const REFRESH_MS = 30_000;

/**
 * The signed-in role's inbox: the office decides on tasks, inspectors on findings. Every page is read
 * (a district's open tasks are a few hundred at most), and it is asked again every half minute and
 * after each decision (the mutations refetch active queries).
 */
export function useInbox() {
  const access = useAccess();
  const tasks = useQuery(InboxTasksDocument, {
    skip: !access.canDecideTasks,
    fetchPolicy: 'cache-and-network',
    pollInterval: REFRESH_MS,
  });
  const findings = useQuery(InboxFindingsDocument, {
    skip: !access.canVerifyFindings,
    fetchPolicy: 'cache-and-network',
    pollInterval: REFRESH_MS,
  });
  const taskCursor = tasks.data?.tasks.nextCursor;
  const findingCursor = findings.data?.rectificationLedger.nextCursor;
  const { fetchMore: moreTasks } = tasks;
  const { fetchMore: moreFindings } = findings;
  useEffect(() => {
    if (taskCursor)
      void moreTasks({
        variables: { after: taskCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          tasks: {
            ...fetchMoreResult.tasks,
            items: [...previous.tasks.items, ...fetchMoreResult.tasks.items],
          },
        }),
      });
  }, [taskCursor, moreTasks]);
  useEffect(() => {
    if (findingCursor)
      void moreFindings({
        variables: { after: findingCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          rectificationLedger: {
            ...fetchMoreResult.rectificationLedger,
            items: [...previous.rectificationLedger.items, ...fetchMoreResult.rectificationLedger.items],
          },
        }),
      });
  }, [findingCursor, moreFindings]);

  const items = useMemo(
    () => inboxItems(tasks.data?.tasks.items ?? [], findings.data?.rectificationLedger.items ?? []),
    [tasks.data, findings.data],
  );
  const loaded = (!access.canDecideTasks || !!tasks.data) && (!access.canVerifyFindings || !!findings.data);
  return {
    items,
    loaded,
    error: tasks.error ?? findings.error,
    refetch: () => {
      void tasks.refetch();
      void findings.refetch();
    },
  };
}
