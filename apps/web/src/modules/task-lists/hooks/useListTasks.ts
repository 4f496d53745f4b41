import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { TaskListTasksDocument } from '../../../generated/graphql.js';
import type { ListTaskFieldsFragment, TaskListTasksQuery } from '../../../generated/graphql.js';

export type ListTask = ListTaskFieldsFragment;

interface State {
  tasks: ListTask[];
  loading: boolean;
  error: unknown;
}

/** Every task of a list, page after page: a list's tasks are edited and issued together. */
export function useListTasks(taskListId: string | undefined) {
  const client = useApolloClient();
  const [state, setState] = useState<State>({ tasks: [], loading: true, error: null });

  const reload = useCallback(async () => {
    if (!taskListId) return;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const tasks: ListTask[] = [];
      let after: string | null = null;
      do {
        const result: { data?: TaskListTasksQuery | undefined } = await client.query({
          query: TaskListTasksDocument,
          variables: { taskListId, after },
          fetchPolicy: 'network-only',
        });
        const page = result.data?.tasks;
        if (!page) break;
        tasks.push(...page.items);
        after = page.nextCursor;
      } while (after);
      setState({ tasks, loading: false, error: null });
    } catch (error) {
      setState((previous) => ({ ...previous, loading: false, error }));
    }
  }, [client, taskListId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
