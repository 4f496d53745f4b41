import { InvalidEventError } from '../errors.js';
import type { Checkpoint } from '../types.js';

/**
 * Text form of a checkpoint ("transactionId:globalPosition") for storing it in a projector's
 * checkpoint row or passing it through GraphQL, where bigint has no native type.
 */
export const checkpointCodec = {
  format(checkpoint: Checkpoint): string {
    return `${checkpoint.transactionId}:${checkpoint.globalPosition}`;
  },
  parse(text: string): Checkpoint {
    const match = /^(\d+):(\d+)$/.exec(text);
    if (!match)
      throw new InvalidEventError(`Not a checkpoint: ${JSON.stringify(text)}`, 'CHECKPOINT_INVALID');
    return { transactionId: BigInt(match[1]!), globalPosition: BigInt(match[2]!) };
  },
};
