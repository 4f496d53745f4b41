import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/exception.js';

export default {
  forbiddenTitle: '403',
  forbidden: 'Sorry, you are not allowed to open this page',
  notFoundTitle: '404',
  notFound: 'Sorry, this page does not exist',
} satisfies DeepPartial<typeof zh>;
