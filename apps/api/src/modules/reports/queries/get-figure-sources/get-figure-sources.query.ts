import { Query } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { FigureSourceEvent } from '../../graphql/figure-source-event.object.js';

export class GetFigureSourcesQuery extends Query<FigureSourceEvent[]> {
  constructor(
    readonly actor: Actor,
    /** A global figure id: `<report stream>#<figure key>`. */
    readonly figureId: string,
  ) {
    super();
  }
}
