import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/inbox.js';

export default {
  title: 'Waiting for me',
  subtitle: 'Decisions waiting for you, oldest request first',
  empty: 'Nothing is waiting for you',
  since: 'Requested {time}',
  kinds: {
    handoff: 'Handoff',
    review: 'Completion review',
    extension: 'Extension',
    verification: 'Verification',
  },
  handoff: '{from} asks to hand it to {to}: {reason}',
  extension: 'Asks to move the deadline from {from} to {to}: {reason}',
  review: '{unit} asks to complete it',
  verification: '{unit} asks to close the finding',
} satisfies DeepPartial<typeof zh>;
