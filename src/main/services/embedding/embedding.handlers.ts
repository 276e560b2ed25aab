import type { embeddingContract } from '../../../shared/contracts/embedding.contract';
import { RecoupeError } from '../../../shared/result';
import type { HandlersFor, ServiceContext } from '../context';
import { ConfiguredEmbedder } from './configured-embedder';
import { ReembedService } from './reembed.service';

/** Which embedder the corpus uses, and re-embedding it with another in the background. */
export function embeddingHandlers({
  db,
  embedder,
}: ServiceContext): HandlersFor<keyof typeof embeddingContract> {
  const reembed = embedder instanceof ConfiguredEmbedder ? new ReembedService(db, embedder) : null;
  const service = () => {
    if (reembed) return reembed;
    throw new RecoupeError('invalid-input', 'This corpus was opened with a fixed embedder.');
  };
  return {
    'embedding:status': () => service().current(),
    'embedding:use': ({ modelFolder }) => service().start(modelFolder),
  };
}
