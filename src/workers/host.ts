/**
 * Command dispatch shared by the Web Worker and the in-process fallback, so
 * both behave identically: one current runner, replaced on `start` with a task.
 */
import { errorMessage, type TrainingCommand } from './protocol';
import { createRunner, type Emit, type ModelBuilder, type Runner } from './runner';

/** Handles one command; never throws (failures become `error` events). */
export type CommandHandler = (command: TrainingCommand) => void;

/** Create a handler that owns at most one runner and forwards its events to `emit`. */
export function createTrainingHost(emit: Emit, build?: ModelBuilder): CommandHandler {
  let runner: Runner | null = null;
  const noRun = (what: string) => emit({ type: 'error', message: `${what}: no task started yet` });

  const handle = (cmd: TrainingCommand): void => {
    switch (cmd.type) {
      case 'start':
        if (cmd.task) {
          runner?.dispose();
          runner = createRunner(cmd.task, emit, cmd.options, build);
        }
        if (runner) runner.start();
        else noRun('start');
        return;
      case 'pause':
        runner?.pause();
        return;
      case 'step':
        if (runner) runner.step(cmd.n);
        else noRun('step');
        return;
      case 'reset':
        runner?.reset();
        return;
      case 'setHyper':
        runner?.setHyper(cmd.hyper);
        return;
      case 'dispose':
        runner?.dispose();
        runner = null;
        return;
      default:
        emit({ type: 'error', message: `unknown command ${JSON.stringify((cmd as { type?: unknown }).type)}` });
    }
  };

  return (cmd) => {
    try {
      if (!cmd || typeof cmd !== 'object') throw new Error('command must be an object');
      handle(cmd);
    } catch (err) {
      emit({ type: 'error', message: errorMessage(err) });
    }
  };
}
