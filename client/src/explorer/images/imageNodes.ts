/**
 * Images as the Images view shows them: one group per repository with a node per tag (size and age
 * in the description, newest first), then the dangling images (no tag at all) in a group of their
 * own, which is what "prune dangling" removes.
 */
import type { ImageInfo } from '../../engine/connect';
import { contextValues } from '../contextValues';
import { byName, formatAge, formatBytes, formatTime, shortId, tooltip } from '../format';
import type { ExplorerNode } from '../node';
import { splitReference } from './references';

/** Tags an image carries; engines write "<none>:<none>" or nothing for none. */
export function imageTags(image: ImageInfo): string[] {
  return (image.RepoTags ?? []).filter((t) => t && t !== '<none>:<none>' && !t.endsWith(':<none>'));
}

function imageTooltip(title: string, image: ImageInfo, tags: string[]): string {
  return tooltip(title, [
    ['ID', shortId(image.Id)],
    ['Tags', tags.join(', ')],
    ['Digests', (image.RepoDigests ?? []).filter((d) => !d.startsWith('<none>')).join(', ')],
    ['Size', formatBytes(image.Size)],
    ['Created', formatTime(image.Created * 1000)],
    ['Containers', image.Containers >= 0 ? String(image.Containers) : undefined],
  ]);
}

function describe(image: ImageInfo, nowMs: number): string {
  return [formatBytes(image.Size), formatAge(image.Created * 1000, nowMs)].filter(Boolean).join(' · ');
}

function newestFirst(a: { image: ImageInfo; label: string }, b: { image: ImageInfo; label: string }): number {
  return b.image.Created - a.image.Created || byName(a.label, b.label);
}

export function imageNodes(images: Iterable<ImageInfo>, nowMs: number): ExplorerNode[] {
  const repositories = new Map<string, { image: ImageInfo; label: string }[]>();
  const dangling: { image: ImageInfo; label: string }[] = [];
  for (const image of images) {
    const tags = imageTags(image);
    if (tags.length === 0) dangling.push({ image, label: shortId(image.Id) });
    for (const reference of tags) {
      const { repository, tag } = splitReference(reference);
      const entries = repositories.get(repository);
      if (entries) entries.push({ image, label: tag });
      else repositories.set(repository, [{ image, label: tag }]);
    }
  }
  const groups: ExplorerNode[] = [...repositories.keys()].sort(byName).map((repository) => {
    const entries = repositories.get(repository)!.sort(newestFirst);
    return {
      id: `repository:${repository}`,
      label: repository,
      description: entries.length === 1 ? '1 tag' : `${entries.length} tags`,
      tooltip: tooltip(repository, [['Tags', entries.map((e) => e.label).join(', ')]]),
      contextValue: contextValues.imageRepository,
      icon: { id: 'repo' },
      collapsed: true,
      children: entries.map(({ image, label }) => {
        const reference = `${repository}:${label}`;
        return {
          id: `image:${reference}`,
          label,
          description: describe(image, nowMs),
          tooltip: imageTooltip(reference, image, imageTags(image)),
          contextValue: contextValues.image(false),
          icon: { id: 'tag' },
          target: { kind: 'image', id: reference, name: `image ${reference}` },
          filterText: `${reference} ${shortId(image.Id)}`,
        };
      }),
    };
  });
  if (dangling.length > 0) {
    dangling.sort(newestFirst);
    const total = dangling.reduce((sum, { image }) => sum + image.Size, 0);
    groups.push({
      id: 'dangling',
      label: 'Dangling images',
      description: `${dangling.length} · ${formatBytes(total)}`,
      tooltip: tooltip('Dangling images', [['What', 'images no tag points at, often left behind by rebuilds; pruning removes them']]),
      contextValue: contextValues.danglingImages,
      icon: { id: 'circle-slash' },
      collapsed: true,
      children: dangling.map(({ image, label }) => ({
        id: `image:${image.Id}`,
        label,
        description: describe(image, nowMs),
        tooltip: imageTooltip(`Dangling image ${label}`, image, []),
        contextValue: contextValues.image(true),
        icon: { id: 'file-binary' },
        target: { kind: 'image', id: image.Id, name: `image ${label}` },
      })),
    });
  }
  return groups;
}
