import { registerEnumType } from '@nestjs/graphql';
import { UNIT_KINDS } from '@duban/domain';
import type { UnitKind } from '@duban/domain';

/** The domain's unit kinds as a GraphQL enum; the names are the values. */
export const UnitKindEnum = Object.fromEntries(UNIT_KINDS.map((kind) => [kind, kind])) as {
  [K in UnitKind]: K;
};

registerEnumType(UnitKindEnum, {
  name: 'UnitKind',
  description: 'DEPARTMENT: a district department (区直部门); TOWNSHIP: a township or street (乡镇(街道)).',
});
