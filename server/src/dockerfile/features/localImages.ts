import { CompletionItemKind, MarkupKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { LocalImage } from '../../protocol';
import { familiarName, parseImageReference } from '../imageReference';

/** How completion and hover, in Dockerfiles and Compose files, show what the local engine knows about an image. */

/** The local image a FROM reference names, matched as Docker matches names (`alpine` is `docker.io/library/alpine:latest`). */
export function findLocalImage(images: readonly LocalImage[], reference: string): LocalImage | undefined {
  const wanted = parseImageReference(reference);
  if (!wanted) return undefined;
  if (wanted.digest) {
    return images.find((image) => image.digests.some((d) => d.endsWith(`@${wanted.digest}`)) || image.id === wanted.digest);
  }
  const name = familiarName(wanted);
  return images.find((image) => image.tags.some((tag) => familiarNameOf(tag) === name));
}

function familiarNameOf(tag: string): string | undefined {
  const reference = parseImageReference(tag);
  return reference ? familiarName(reference) : undefined;
}

export function formatSize(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(0, Math.round(bytes / 1e3))} kB`;
}

export function formatCreated(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** One line: size and creation date. */
export function imageSummary(image: LocalImage): string {
  return `${formatSize(image.size)}, created ${formatCreated(image.created)}`;
}

/** The local engine's facts about an image, as Markdown: the summary line, then its ID, tags and digests. */
export function imageMarkdown(image: LocalImage): string {
  return `**Local image** ${imageSummary(image)}\n\n${imageIdentity(image)}`;
}

/** An image's ID, tags and digests, as Markdown: what completion shows below the summary it gives as the item's detail. */
export function imageIdentity(image: LocalImage): string {
  const lines = [`ID \`${image.id.replace(/^sha256:/, '').slice(0, 12)}\``];
  if (image.tags.length > 0) lines.push('', `Tags: ${image.tags.map((t) => `\`${t}\``).join(', ')}`);
  for (const digest of image.digests) lines.push('', `Digest \`${digest.slice(digest.indexOf('@') + 1)}\``);
  return lines.join('\n');
}

/** The local engine's images as completion items, one per `repository:tag`, each replacing `range` (the word typed so far). */
export function localImageItems(images: readonly LocalImage[], range: Range): CompletionItem[] {
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const image of images) {
    for (const tag of image.tags) {
      if (tag.includes('<none>') || seen.has(tag)) continue;
      seen.add(tag);
      items.push({
        label: tag,
        kind: CompletionItemKind.Module,
        detail: imageSummary(image),
        documentation: { kind: MarkupKind.Markdown, value: `**Local image** ${imageIdentity(image)}` },
        sortText: `1-${tag}`,
        textEdit: { range, newText: tag },
      });
    }
  }
  return items;
}
