export default {
  forbiddenTitle: '403',
  forbidden: '抱歉，您无权访问此页面',
  notFoundTitle: '404',
  notFound: '抱歉，您访问的页面不存在',
};
