import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/contract';
import { fail } from '../../shared/result';
import { dispatch } from '../app/dispatch';
import { doorRefusal } from '../app/door-policy';
import type { Handlers } from '../app/handlers';

/**
 * Registers one IPC handler per contract channel. Every input goes through `dispatch`, which
 * zod-parses it against the contract, so no channel can skip validation; the sender is
 * checked first so only the app's own page (never a foreign frame) can call main.
 */
export function registerIpcHandlers(
  handlers: Handlers,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url))
        return fail('unauthorized', `Refused ${channel} from ${url || 'an unknown frame'}.`);
      const refusal = doorRefusal('ipc', channel, input);
      if (refusal) return fail('invalid-input', refusal);
      return dispatch(handlers, channel, input);
    });
  }
}
