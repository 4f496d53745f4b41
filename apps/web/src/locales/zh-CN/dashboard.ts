export default {
  title: '工作台',
  welcome: '欢迎，{name}',
  role: '角色',
  unit: '所属单位',
  username: '用户名',
  empty: '暂无数据，任务与督察情况将在这里汇总显示',
};
