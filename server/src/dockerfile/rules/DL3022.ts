import { hadolintUrl, type Rule } from '../../lint/rule';
import { copyFromReferences } from '../stages';

export const rule: Rule = {
  id: 'DL3022',
  source: 'hadolint',
  severity: 'warning',
  summary: 'COPY --from names no stage defined above it',
  url: hadolintUrl('DL3022'),
  docs: {
    why: 'COPY --from takes files from an earlier stage (by name or index) or from an image. A bare word that matches no earlier stage is most often a typo or a stage defined further down; BuildKit would then try to pull an image of that name instead. Name a stage defined above, or write the image with its tag.',
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=builder /out/app /usr/local/bin/app',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app',
  },
  check(file) {
    return copyFromReferences(file)
      .filter((reference) => reference.source.kind === 'unknown')
      .map((reference) => ({ range: reference.range, message: `COPY --from=${reference.value} names no stage defined above it` }));
  },
};
