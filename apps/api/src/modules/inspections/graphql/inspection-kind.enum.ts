import { registerEnumType } from '@nestjs/graphql';
import { INSPECTION_KINDS } from '@duban/domain';
import type { InspectionKind } from '@duban/domain';

/** 法治督察 · 专项督察 · 案卷评查, as the domain names them. */
export const InspectionKindEnum = Object.fromEntries(INSPECTION_KINDS.map((kind) => [kind, kind])) as {
  [K in InspectionKind]: K;
};

registerEnumType(InspectionKindEnum, {
  name: 'InspectionKind',
  description: 'RULE_OF_LAW 法治督察, SPECIAL 专项督察, CASE_FILE_REVIEW 案卷评查.',
});
