import { describe, expect, it } from 'vitest';
import { describeFinding, lintWorkflow } from '../../../scripts/lib/workflow-lint';

describe('the workflow check in npm run lint', () => {
  it('finds the mistakes that would only show on GitHub, with file, line and column', async () => {
    const broken = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ${{ matrix.os }}',
      '    steps:',
      '      - run: npm test',
      "        if: ${{ runner.oss == 'Linux' }}",
      '  package:',
      '    needs: [biuld]',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: npm run package',
      '',
    ].join('\n');
    const findings = (await lintWorkflow(broken, '.github/workflows/ci.yml')).map(describeFinding);
    expect(findings).toEqual([
      expect.stringMatching(/^\.github\/workflows\/ci\.yml:4:18: property "os" is not defined/),
      expect.stringMatching(/^\.github\/workflows\/ci\.yml:7:\d+: property "oss" is not defined/),
      '.github/workflows/ci.yml:8:3: job "package" needs job "biuld" which does not exist in this workflow [job-needs]',
    ]);
  });

  it('passes a correct workflow', async () => {
    const fine = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n';
    expect(await lintWorkflow(fine, 'ci.yml')).toEqual([]);
  });
});
