import type { timelineContract } from '../../../shared/contracts/timeline.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { TimelineService } from './timeline.service';

/** List, correct, add and recompute timeline events. */
export function timelineHandlers({
  db,
}: ServiceContext): HandlersFor<keyof typeof timelineContract> {
  const timeline = new TimelineService(db);
  return {
    'timeline:list': (filters) => timeline.list(filters),
    'timeline:update': ({ id, ...change }) => timeline.update(id, change),
    'timeline:add': (input) => timeline.add(input),
    'timeline:reindex': ({ documentId }) => timeline.reindex(documentId),
  };
}
