import { connectEngine, type Engine } from '../../client/src/engine/connect';
import { resolveEndpoint } from '../../client/src/engine/endpoint';

/** A connection to a private test engine, as Berth makes one when `berth.docker.host` names it. */
export function connectToHost(host: string): Engine {
  return connectEngine(resolveEndpoint({ hostSetting: host, env: {}, platform: 'linux' }));
}
