/**
 * The engine data the views are built from, for one connection: the last list of each kind, and
 * when each container's status was read (its "Up 3 minutes" counts on from then, see
 * containers/status.ts). It only asks the engine and holds the answers; when to ask is the model's
 * call (explorerModel.ts), and a failed request throws to it.
 */
import type { ContainerInfo, Engine, ImageInfo, NetworkInspectInfo, VolumeInspectInfo } from '../engine/connect';
import type { StatsSample } from '../engine/stats';
import type { EngineView } from './explorerModel';
import type { ViewData } from './viewNodes';

export class EngineData {
  private containers = new Map<string, ContainerInfo>();
  private statusReadAt = new Map<string, number>();
  private images: ImageInfo[] = [];
  private volumes: VolumeInspectInfo[] = [];
  private networks: NetworkInspectInfo[] = [];

  constructor(private readonly engine: Engine, private readonly now: () => number) {}

  container(id: string): ContainerInfo | undefined {
    return this.containers.get(id);
  }

  allContainers(): Iterable<ContainerInfo> {
    return this.containers.values();
  }

  /** Replaces what is held for `view` with the engine's full list. */
  async list(view: EngineView): Promise<void> {
    switch (view) {
      case 'containers': {
        const listed = await this.engine.listContainers();
        const readAt = this.now();
        this.containers = new Map(listed.map((c) => [c.Id, c]));
        this.statusReadAt = new Map(listed.map((c) => [c.Id, readAt]));
        break;
      }
      case 'images':
        this.images = await this.engine.listImages();
        break;
      case 'volumes':
        this.volumes = await this.engine.listVolumes();
        break;
      case 'networks':
        this.networks = await this.engine.listNetworks();
        break;
    }
  }

  /**
   * Reads the containers `ids` again, one request each; those in `destroyed` are known to be gone
   * and dropped without asking, as is one the engine no longer lists.
   */
  async patchContainers(ids: Iterable<string>, destroyed: ReadonlySet<string>): Promise<void> {
    await Promise.all([...ids].map(async (id) => {
      const info = destroyed.has(id) ? undefined : await this.engine.listContainer(id);
      if (info) {
        this.containers.set(id, info);
        this.statusReadAt.set(id, this.now());
      } else {
        this.containers.delete(id);
        this.statusReadAt.delete(id);
      }
    }));
  }

  /** What the view builders take (viewNodes.ts), with the latest stats `samples`. */
  viewData(samples: ReadonlyMap<string, StatsSample>): ViewData {
    return { containers: this.containers.values(), samples, statusReadAt: this.statusReadAt, images: this.images, volumes: this.volumes, networks: this.networks };
  }
}
