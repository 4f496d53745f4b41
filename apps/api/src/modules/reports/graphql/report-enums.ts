import { registerEnumType } from '@nestjs/graphql';

export enum ReportFigureKindEnum {
  COUNT = 'COUNT',
  RATE = 'RATE',
}
export enum ReportFigureStatusEnum {
  SOUND = 'SOUND',
  FLAGGED = 'FLAGGED',
}
export enum ReportChangeEnum {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
export enum TextSegmentOpEnum {
  EQUAL = 'EQUAL',
  INSERT = 'INSERT',
  DELETE = 'DELETE',
}

registerEnumType(ReportFigureKindEnum, {
  name: 'ReportFigureKind',
  description: 'A counted figure or a derived rate.',
});
registerEnumType(ReportFigureStatusEnum, {
  name: 'ReportFigureStatus',
  description: 'FLAGGED figures break an indicator rule and are never stated as sound.',
});
registerEnumType(ReportChangeEnum, { name: 'ReportChange' });
registerEnumType(TextSegmentOpEnum, { name: 'TextSegmentOp' });
