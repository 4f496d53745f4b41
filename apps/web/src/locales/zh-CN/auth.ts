export default {
  title: '登录',
  subtitle: '法治政府建设任务督办系统',
  username: '用户名',
  usernamePlaceholder: '请输入用户名',
  usernameRequired: '请输入用户名',
  password: '密码',
  passwordPlaceholder: '请输入密码',
  passwordRequired: '请输入密码',
  submit: '登录',
  sessionExpired: '登录已过期，请重新登录',
  loggedOut: '您已安全退出',
};
