import type { healthContract } from '../../../shared/contracts/health.contract';
import type { HandlersFor, ServiceContext } from '../context';
import { HealthService } from './health.service';

/** Delay before a due check starts, so the window has drawn its first screen. */
const CHECK_DELAY_MS = 2000;

/** The background check of the corpus file and the ways back from damage. */
export function healthHandlers({
  db,
  embedder,
  uncleanMarker,
}: ServiceContext): HandlersFor<keyof typeof healthContract> {
  const health = new HealthService(db, {
    file: db.location() ?? null,
    embedder,
    uncleanMarker: uncleanMarker ?? null,
    defer: (work) => setTimeout(work, CHECK_DELAY_MS).unref(),
  });
  return {
    'health:status': () => health.current(),
    'health:rebuild': () => health.rebuild(),
    'health:restore': () => health.restore(),
  };
}
