import { TasksPage } from './TasksPage.js';

/** 任务 of a unit officer: the unit's own tasks, led or cooperated on. */
export default function MyTasksPage() {
  return <TasksPage scope="unit" />;
}
