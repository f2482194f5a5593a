import { buildkitUrl, type Rule, type RuleFinding } from '../../lint/rule';
import { externalBaseImages, requestedPlatform } from '../baseImages';
import { formatPlatform, normalizePlatform, sameOsAndArchitecture } from '../platforms';

export const rule: Rule = {
  id: 'InvalidBaseImagePlatform',
  source: 'buildkit',
  severity: 'warning',
  summary: 'The local base image is for another platform than the build expects',
  url: buildkitUrl('InvalidBaseImagePlatform'),
  docs: {
    why: 'An image tag holds one platform in a local image store: whatever was pulled (or built, or imported) last. When that is not the platform the stage is built for, the build either runs it under emulation, fails at the first `RUN` with "exec format error", or fetches another image than the one you have. The expected platform is the FROM\'s `--platform`, read as a plain `docker build` on the engine reads it (`$BUILDPLATFORM` and `$TARGETPLATFORM` are the engine\'s platform); without `--platform`, BuildKit takes the image\'s own platform when the engine can run it, so Berth then reports only an image for another operating system. Pull the platform the stage expects (`docker pull --platform linux/amd64 golang:1.23`), or, if the stage is meant for the image\'s platform, ask for that one. Only OS and architecture are compared, as BuildKit does. Berth learns platforms from the Docker engine, so the check runs in the editor with an engine connected, for images the engine has; the `berth` CLI does not ask an engine and never reports it.',
    bad: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .',
    good: 'FROM --platform=linux/arm64 golang:1.23 AS build-arm64\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .',
    buildContext: { platforms: { engine: { os: 'linux', architecture: 'amd64' }, images: { 'golang:1.23': { os: 'linux', architecture: 'arm64', variant: 'v8' } } } },
  },
  check(file) {
    const facts = file.buildContext.platforms;
    if (!facts) return [];
    const engine = normalizePlatform(facts.engine);
    const findings: RuleFinding[] = [];
    for (const { stage, name, range } of externalBaseImages(file, engine)) {
      const reported = facts.images[name];
      if (!reported) continue;
      const actual = normalizePlatform(reported);
      // Without --platform the builder adopts the image's platform if it can run it, which no builder can across operating systems.
      const expected = stage.from.getPlatformFlag() ? requestedPlatform(file, stage, engine) : actual.os === engine.os ? undefined : engine;
      if (!expected || sameOsAndArchitecture(expected, actual)) continue;
      findings.push({ range, message: `Base image ${name} was pulled with platform "${formatPlatform(actual)}", expected "${formatPlatform(expected)}" for current build` });
    }
    return findings;
  },
};
