import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, assertFlags, rangeText } from '../../lint/ruleTesting';
import { rule } from './DL3013';
import { rule as noCacheDir } from './DL3042';

test('DL3013 flags each unpinned requirement, on its word', () => {
  const text = 'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3 requests \\\n    gunicorn';
  const findings = assertFlags(rule, text, [2, 3]);
  assert.deepEqual(findings.map((f) => rangeText(text, f)), ['requests', 'gunicorn']);
  assert.match(findings[0].message, /requests==<version>/);
});

test('DL3013 reads pip2, pip3, python -m pip and ONBUILD triggers', () => {
  assertFlags(rule, 'FROM python:3.12\nRUN pip2 install MySQL_python\nRUN pip3 install MySQL_python\nRUN python -m pip install --index-url https://eg.com/simple example\nONBUILD RUN pip install six', [2, 3, 4, 5]);
});

test('DL3013 flags a VCS requirement without a ref', () => {
  const text = 'FROM python:3.12\nRUN pip install git+https://github.com/org/repo.git#egg=repo git+ssh://git@github.com/org/other.git';
  assertFlags(rule, text, [2, 2]);
});

test('DL3013 accepts pinned, ranged, VCS-with-ref, file and URL requirements', () => {
  assertClean(
    rule,
    [
      'FROM python:3.12',
      'RUN pip install MySQL_python==1.2.2 "alabaster>=0.7" "b<1" "c!=2" d~=1.2 e===1.0 --user --no-cache-dir --disable-pip-version-check',
      'RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext mypkg.whl mypkg.tar.gz ./vendor/pkg https://eg.com/pkg.zip',
      'RUN pip3 install --build /opt/yamllint --prefix /opt/p --root /r --target /t --trusted-host host -i https://eg.com/simple yamllint==1.20.0',
      'RUN pip install --index-url https://user:pass@eg.com/foo --extra-index-url https://ex-eg.io/foo foobar==1.0.0',
    ].join('\n'),
  );
});

test('DL3013 leaves installs whose versions a file decides', () => {
  assertClean(
    rule,
    [
      'FROM python:3.12',
      'RUN pip install -r requirements.txt',
      'RUN pip install --requirement requirements.txt',
      'RUN pip install .',
      'RUN pip install -e .',
      'RUN pip install pykafka --constraint http://foo.bar.baz',
      'RUN pip install pykafka -c constraints.txt',
      'RUN pip install --require-hashes --no-deps pykafka',
      'RUN pipx install black && pip download six',
    ].join('\n'),
  );
});

test('the Flask tutorial Dockerfile raises neither DL3013 nor DL3042', () => {
  const tutorial = [
    'FROM python:3.7-alpine',
    'WORKDIR /usr/src/app',
    'COPY requirements.txt ./',
    'RUN pip install --no-cache-dir -r requirements.txt',
    'COPY app.py ./',
    'CMD ["python", "./app.py"]',
  ].join('\n');
  assertClean(rule, tutorial);
  assertClean(noCacheDir, tutorial);
});
