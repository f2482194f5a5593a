// What the editing pictures share: a Go service's multi-stage Dockerfile in the sample workspace,
// and a private Docker engine (test/support/dockerEngine.ts) whose images completion after FROM lists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PICTURE_SETTINGS, preparePrivateEngine } from './workbench.mjs';

export const MULTI_STAGE_SETTINGS = {
  ...PICTURE_SETTINGS,
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
export function multiStageWorkspace({ workspace }) {
  return preparePrivateEngine(async (engine, baseImage) => {
    // a familiar name for the offline test image, which is busybox
    await engine.docker(['tag', baseImage, 'busybox:1.36']);
    await engine.docker(['rmi', baseImage]); // only the tag goes: the image keeps busybox:1.36
    mkdirSync(join(workspace, 'hello'), { recursive: true });
    writeFileSync(join(workspace, 'hello/Dockerfile'), DOCKERFILE);
    writeFileSync(join(workspace, 'hello/go.mod'), 'module example.com/hello\n\ngo 1.23\n');
    writeFileSync(join(workspace, 'hello/main.go'), 'package main\n\nfunc main() { println("hello") }\n');
  });
}
