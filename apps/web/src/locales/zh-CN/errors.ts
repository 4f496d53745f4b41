// Keys under `code` mirror the API's extensions.code; keys under `reason` its extensions.reason.
export default {
  code: {
    UNAUTHENTICATED: '未登录或登录已失效',
    FORBIDDEN: '您没有执行此操作的权限',
    CONFLICT: '数据已被他人修改，请刷新后重试',
    VALIDATION: '提交的内容不符合要求',
    NOT_FOUND: '未找到相应的记录',
    INVALID_STATE: '当前状态下不能执行此操作',
    UNAVAILABLE: '服务暂时不可用，请稍后重试',
    INTERNAL: '系统内部错误，请联系管理员',
    UNKNOWN: '发生未知错误',
  },
  reason: {
    INVALID_CREDENTIALS: '用户名或密码错误',
    USER_DISABLED: '账号已停用，请联系管理员',
    TOKEN_INVALID: '登录已失效，请重新登录',
    REFRESH_TOKEN_INVALID: '登录已失效，请重新登录',
    REFRESH_TOKEN_EXPIRED: '登录已过期，请重新登录',
    REFRESH_TOKEN_REUSED: '账号已在别处刷新登录，请重新登录',
    CONCURRENT_CHANGE: '数据已被他人修改，请刷新后重试',
    STORE_UNAVAILABLE: '数据存储暂时不可用，请稍后重试',
  },
};
