import { registerEnumType } from '@nestjs/graphql';
import { FINDING_SEVERITIES } from '@duban/domain';
import type { FindingSeverity } from '@duban/domain';

export const FindingSeverityEnum = Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, s])) as {
  [K in FindingSeverity]: K;
};

registerEnumType(FindingSeverityEnum, {
  name: 'FindingSeverity',
  description: 'LOW 一般, MEDIUM 较重, HIGH 严重.',
});
