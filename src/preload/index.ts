import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { RecoupeApi } from '../shared/api';
import { isChannel } from '../shared/contract';
import { fail } from '../shared/result';

// Only contract channels reach ipcRenderer; the renderer never sees ipcRenderer itself.
const api = {
  invoke: (channel, input) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve(fail('invalid-input', `Unknown call: ${String(channel)}`)),
  pathForFile: (file) => webUtils.getPathForFile(file),
} satisfies RecoupeApi;

contextBridge.exposeInMainWorld('api', api);
