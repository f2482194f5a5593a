// What the editing pictures share: a Go service's multi-stage Dockerfile in the sample workspace,
// and a private Docker engine (test/support/dockerEngine.ts) whose images completion after FROM lists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

export const MULTI_STAGE_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.minimap.enabled': false,
  'window.commandCenter': true,
  'workbench.layoutControl.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // below the word, so the line a variable's hover quotes stays in view above it
  'editor.hover.above': false,
};

const DOCKERFILE = [
  '# A Go service: compiled and tested in golang, shipped as a static binary on busybox.',
  'ARG GO_VERSION=1.23',
  '',
  'FROM golang:${GO_VERSION}-alpine AS build',
  'WORKDIR /src',
  'COPY go.mod main.go ./',
  'ARG TARGETOS TARGETARCH',
  'RUN --mount=type=cache,target=/root/.cache/go-build \\',
  '    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/hello .',
  '',
  'FROM build AS test',
  'RUN go vet ./... && go test ./...',
  '',
  'FROM busybox:1.36',
  'COPY --from=build /out/hello /usr/local/bin/hello',
  'USER 10001',
  'ENTRYPOINT ["hello"]',
  '',
  '',
].join('\n');

/** Writes hello/Dockerfile (with the files it copies) and starts the engine Berth is pointed at. */
export async function multiStageWorkspace({ workspace }) {
  const { BASE_IMAGE, startDockerEngine } = await tsImport('../../../test/support/dockerEngine.ts', import.meta.url);
  const engine = await startDockerEngine();
  // a familiar name for the offline test image, which is busybox
  await engine.docker(['tag', BASE_IMAGE, 'busybox:1.36']);
  await engine.docker(['rmi', BASE_IMAGE]); // only the tag goes: the image keeps busybox:1.36
  mkdirSync(join(workspace, 'hello'), { recursive: true });
  writeFileSync(join(workspace, 'hello/Dockerfile'), DOCKERFILE);
  writeFileSync(join(workspace, 'hello/go.mod'), 'module example.com/hello\n\ngo 1.23\n');
  writeFileSync(join(workspace, 'hello/main.go'), 'package main\n\nfunc main() { println("hello") }\n');
  const saved = process.env.DOCKER_HOST;
  process.env.DOCKER_HOST = engine.host;
  const dispose = async () => {
    if (saved === undefined) delete process.env.DOCKER_HOST;
    else process.env.DOCKER_HOST = saved;
    await engine.dispose();
  };
  return { dispose };
}
