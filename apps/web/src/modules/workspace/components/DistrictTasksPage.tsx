import { TasksPage } from './TasksPage.js';

/** The district's tasks, filtered by the address: where every number on the dashboard leads. */
export default function DistrictTasksPage() {
  return <TasksPage scope="district" />;
}
