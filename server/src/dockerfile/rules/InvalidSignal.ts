import { berthUrl, type Rule } from '../../lint/rule';
import { argumentsRange, instructionSyntax } from '../builder/instructionSyntax';
import { holdsVariable, signalProblem } from '../builder/valueFormats';

export const rule: Rule = {
  id: 'InvalidSignal',
  source: 'berth',
  severity: 'error',
  summary: 'STOPSIGNAL names no signal the builder knows',
  url: berthUrl('InvalidSignal'),
  docs: {
    why: 'STOPSIGNAL takes one signal: a name such as `SIGQUIT` (the `SIG` prefix and the case are optional) or a non-zero number. The builder refuses anything else, so a typo fails the build instead of surfacing when the container is stopped. A value in a variable is checked by the build, after expansion.',
    bad: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUITE',
    good: 'FROM nginx:1.27\nSTOPSIGNAL SIGQUIT',
  },
  check(file) {
    return instructionSyntax(file).flatMap((view) => {
      if (view.keyword !== 'STOPSIGNAL' || view.args.length === 0) return [];
      // The builder takes the rest of the line as the signal, spaces included.
      const signal = view.args.map((arg) => arg.getValue()).join(' ');
      const problem = holdsVariable(signal) ? undefined : signalProblem(signal);
      return problem ? [{ range: argumentsRange(view), message: `\`${signal}\` ${problem}` }] : [];
    });
  },
};
