export default {
  workbench: '工作台',
  taskLists: '任务清单',
  inspections: '督察',
  rectificationLedger: '整改台账',
  annualReports: '年度报告',
  reports: '报告',
  unitsAndUsers: '单位与用户',
  myTodo: '我的待办',
  myTasks: '任务',
  myRectifications: '整改',
};
