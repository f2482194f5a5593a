import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Run } from 'dockerfile-ast';
import { DockerfileContext } from './context';
import {
  APT_GET,
  DNF,
  GEM,
  invocations,
  mountsScratchAt,
  operands,
  pipInstalls,
  reachesImage,
  rpmPinned,
  YUM,
} from './packageManagers';
import { runsOf } from './runCommands';
import { parseShell } from './shell';

const values = (script: string, syntax = APT_GET) => operands(parseShell(script)[0], syntax).map((o) => o.value);

test('operands skip options and the values options take, in either spelling', () => {
  assert.deepEqual(values('apt-get -t bookworm-backports -o Dpkg::Use-Pty=0 --target-release=sid -yq install curl'), ['install', 'curl']);
  assert.deepEqual(values('apt-get install -- -weird-name'), ['install', '-weird-name']);
  assert.deepEqual(values('gem install rails:7.1 -N -- --with-cflags=-O2 extra', GEM), ['install', 'rails:7.1']);
});

test('invocations match one- and two-word subcommands as the first operands only', () => {
  const file = new DockerfileContext('FROM fedora:40\nRUN dnf -y --setopt=tsflags=nodocs module install nodejs:20 && microdnf install jq && dnf list install');
  const found = invocations(file, DNF, ['install', 'module install']);
  assert.deepEqual(found.map((i) => [i.command.name, i.subcommand, i.packages.map((p) => p.value)]), [
    ['dnf', 'module install', ['nodejs:20']],
    ['microdnf', 'install', ['jq']],
  ]);
});

test('pipInstalls finds pip, versioned pip and python -m pip, and nothing else', () => {
  const file = new DockerfileContext('FROM python:3.12\nRUN pip install a && pip3.12 install b && python3 -m pip install c && pipx install d && python -m venv e && pip download f');
  assert.deepEqual(pipInstalls(file).map((i) => i.packages.map((p) => p.value)), [['a'], ['b'], ['c']]);
});

test('packageRuns reads ONBUILD triggers and places each RUN in its stage', () => {
  const file = new DockerfileContext('RUN early\nFROM alpine:3.20 AS a\nRUN one\nONBUILD RUN two\nFROM a\nRUN three');
  assert.deepEqual(runsOf(file).map((r) => [r.commands[0].name, r.stage?.index, r.onbuild]), [
    ['early', undefined, false],
    ['one', 0, false],
    ['two', 0, true],
    ['three', 1, false],
  ]);
  assert.ok(runsOf(file).every((r) => r.run instanceof Run));
  assert.equal(runsOf(file), runsOf(file), 'cached per parse');
});

test('reachesImage: the last stage, stages a later FROM builds on, ONBUILD triggers', () => {
  const file = new DockerfileContext('FROM alpine:3.20 AS base\nRUN a\nFROM alpine:3.20 AS Tools\nRUN b\nONBUILD RUN c\nFROM tools AS unused\nRUN d\nFROM scratch\nRUN e');
  assert.deepEqual(runsOf(file).map((r) => [r.commands[0].name, reachesImage(file, r)]), [
    ['a', false],
    ['b', true],
    ['c', true],
    ['d', false],
    ['e', true],
  ]);
});

test('mountsScratchAt accepts cache and tmpfs mounts at or inside the directory', () => {
  const run = (flags: string) => runsOf(new DockerfileContext(`FROM alpine:3.20\nRUN ${flags} true`))[0].run;
  assert.ok(mountsScratchAt(run('--mount=type=cache,target=/var/cache/apk,sharing=locked'), '/var/cache/apk'));
  assert.ok(mountsScratchAt(run('--mount=type=tmpfs,dst=/var/lib/apt/lists/partial'), '/var/lib/apt/lists'));
  assert.ok(!mountsScratchAt(run('--mount=type=bind,target=/var/cache/apk'), '/var/cache/apk'));
  assert.ok(!mountsScratchAt(run('--mount=type=cache,target=/var/cache'), '/var/cache/apk'));
});

test('rpmPinned wants a version-looking part after the name, or a stream for a module', () => {
  const [install, module] = invocations(new DockerfileContext('FROM centos:7\nRUN yum install x && yum module install y'), YUM, ['install', 'module install']);
  for (const spec of ['tomcat-9.0.1', 'openssl-1:1.1.1k', 'rpm-sign-4.16.1.3', 'gcc-c++-1.1.1', 'git-core-${GIT_VER}', 'tomcat-$VERSION', './local.rpm']) {
    assert.ok(rpmPinned(spec, install), spec);
  }
  for (const spec of ['tomcat', 'rpm-sign', 'python3-devel', '$PACKAGES']) assert.ok(!rpmPinned(spec, install), spec);
  assert.ok(rpmPinned('nodejs:20', module));
  assert.ok(!rpmPinned('nodejs-20.1', module));
});

test('invocations and pip installs of several programs come back in file order, not grouped by program', () => {
  const file = new DockerfileContext('FROM fedora:40\nRUN microdnf install a && dnf install b\nRUN python3 -m pip install c && microdnf install d && pip install e');
  assert.deepEqual(invocations(file, DNF, ['install']).map((i) => i.packages[0].value), ['a', 'b', 'd']);
  assert.deepEqual(pipInstalls(file).map((i) => i.packages[0].value), ['c', 'e']);
  assert.equal(pipInstalls(file), pipInstalls(file), 'found once per parse');
});
