/**
 * Context values, `<kind>.<state>`, that package.json's menus match (`viewItem =~ /^container\./`).
 * One place, so a menu's regex and the node that must satisfy it cannot drift apart.
 */
export const CONTAINER_STATES = ['running', 'paused', 'restarting', 'exited', 'created', 'removing', 'dead'] as const;
export type ContainerState = (typeof CONTAINER_STATES)[number];

export function containerState(state: string | undefined): ContainerState {
  const known = CONTAINER_STATES.find((s) => s === state?.toLowerCase());
  // Podman says "configured" and "stopped" where Docker says created and exited.
  if (known) return known;
  if (state === 'configured') return 'created';
  return 'exited';
}

export const contextValues = {
  container: (state: ContainerState) => `container.${state}`,
  composeProject: 'composeProject.group',
  imageRepository: 'imageRepository.group',
  danglingImages: 'danglingImages.group',
  image: (dangling: boolean) => (dangling ? 'image.dangling' : 'image.tagged'),
  volume: (anonymous: boolean) => (anonymous ? 'volume.anonymous' : 'volume.named'),
  network: (builtin: boolean) => (builtin ? 'network.builtin' : 'network.custom'),
  context: (current: boolean) => (current ? 'context.current' : 'context.other'),
  engineUnreachable: 'engine.unreachable',
  engineAdvice: 'engine.advice',
} as const;
