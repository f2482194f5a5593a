import type { Platform } from '../../../server/src/dockerfile/platforms';
import type { ImagePlatforms } from '../../../server/src/protocol';
import type { Engine } from './connect';

/** References looked up per request at most, whatever the server sends. */
const MAX_REFERENCES = 32;

function platformOf(os: unknown, architecture: unknown, variant?: unknown): Platform | undefined {
  if (typeof os !== 'string' || typeof architecture !== 'string' || !os || !architecture) return undefined;
  return typeof variant === 'string' && variant ? { os, architecture, variant } : { os, architecture };
}

/**
 * The platforms the language server asks about for InvalidBaseImagePlatform: the engine's own (its
 * version report) and that of each named image the engine has (image inspect). Images the engine
 * lacks are left out, and so is whatever has not answered within `timeoutMs`: no engine or a failing
 * one gives an answer with nothing in it. These are hints; the explorer is where engine problems are
 * reported.
 */
export async function reportImagePlatforms(engine: Engine | undefined, references: unknown, timeoutMs = 2_000): Promise<ImagePlatforms> {
  const found: ImagePlatforms = { images: {} };
  if (!engine) return found;
  const names = Array.isArray(references) ? [...new Set(references.filter((r): r is string => typeof r === 'string' && r !== ''))].slice(0, MAX_REFERENCES) : [];
  const asked = [
    engine.version().then((version) => {
      found.engine = platformOf(version.Os, version.Arch);
    }),
    ...names.map(async (name) => {
      const image = (await engine.inspect('image', name)) as { Os?: unknown; Architecture?: unknown; Variant?: unknown };
      const platform = platformOf(image.Os, image.Architecture, image.Variant);
      if (platform) found.images[name] = platform;
    }),
  ];
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  // A missing image is a 404, a dead engine a connection error: either way that part stays out.
  await Promise.race([Promise.allSettled(asked), late]);
  clearTimeout(timer);
  // What answers later must not change the answer already sent.
  return { ...(found.engine ? { engine: found.engine } : {}), images: { ...found.images } };
}
