import type { InspectionKind } from '../../generated/graphql.js';

export const INSPECTION_KINDS: readonly InspectionKind[] = ['RULE_OF_LAW', 'SPECIAL', 'CASE_FILE_REVIEW'];
