import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assertMayReadReports, notFound, parseGlobalFigureId } from '@duban/domain';
import type { FigureSourceEvent } from '../../graphql/figure-source-event.object.js';
import { toSourceEventObject } from '../../graphql/to-annual-report-object.js';
import { loadAnnualReportStream } from '../../log/load-annual-report.js';
import { ReportLogReader } from '../../log/report-log-reader.js';
import { GetFigureSourcesQuery } from './get-figure-sources.query.js';

/**
 * The recorded events a figure of the latest report version was computed from, read back from their
 * streams so the caller sees exactly what was recorded (data included).
 */
@QueryHandler(GetFigureSourcesQuery)
export class GetFigureSourcesHandler implements IQueryHandler<GetFigureSourcesQuery> {
  constructor(private readonly reader: ReportLogReader) {}

  async execute({ actor, figureId }: GetFigureSourcesQuery): Promise<FigureSourceEvent[]> {
    assertMayReadReports(actor);
    const unknown = () => notFound('REPORT_FIGURE_NOT_FOUND', `no report figure ${figureId}`, { figureId });
    const parsed = parseGlobalFigureId(figureId);
    if (!parsed) throw unknown();
    const loaded = await loadAnnualReportStream(this.reader, parsed.streamId);
    const figure = loaded?.report.figures.find((candidate) => candidate.figureId === parsed.figureId);
    if (!figure) throw unknown();
    const events = await Promise.all(
      figure.sources.map(async (source) => {
        const event = await this.reader.readEvent(source.streamId, source.streamPosition);
        // A source is only the event the report cited if the id still matches (a restored log could differ).
        if (!event || event.id !== source.eventId) {
          throw notFound(
            'REPORT_SOURCE_MISSING',
            `event ${source.eventId} is no longer in ${source.streamId}`,
            {
              eventId: source.eventId,
            },
          );
        }
        return toSourceEventObject(event);
      }),
    );
    return events;
  }
}
