import type { LocalImage } from '../../../server/src/protocol';
import type { Engine, ImageInfo } from './connect';

/**
 * The engine's images as the language server wants them for completion and hover after FROM. No
 * engine, a failing one or one slower than `timeoutMs` gives an empty list: these are hints, and
 * the explorer is where engine problems are reported.
 */
export async function listLocalImages(engine: Engine | undefined, timeoutMs = 2_000): Promise<LocalImage[]> {
  if (!engine) return [];
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<ImageInfo[]>((resolve) => (timer = setTimeout(() => resolve([]), timeoutMs)));
  try {
    const images = await Promise.race([engine.listImages(), late]);
    return images.map(toLocalImage);
  } catch {
    return [];
  } finally {
    clearTimeout(timer);
  }
}

export function toLocalImage(image: ImageInfo): LocalImage {
  return {
    id: image.Id,
    tags: (image.RepoTags ?? []).filter((tag) => !tag.includes('<none>')),
    digests: (image.RepoDigests ?? []).filter((digest) => !digest.includes('<none>')),
    size: image.Size,
    created: image.Created,
  };
}
