import { app, BrowserWindow, Menu, net, protocol, session, shell } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openCorpus, type Corpus } from './app/corpus';
import { registerIpcHandlers } from './ipc/register-handlers';
import { errorLogFile } from './services/support/error-log';
import { CONTENT_SECURITY_POLICY } from './app/content-security';
import { dispatch } from './app/dispatch';
import { filesToHandOver } from './single-instance';
import {
  APP_SCHEME as SCHEME,
  isTrustedSender as isTrusted,
  permissionDecision,
  rendererFileFor,
  type SecureWebPreferences,
  windowOpenDecision,
} from './security';

// The renderer is served from a privileged custom scheme rather than file://, so passage links
// (`recoupe://document/ID#passage-N`) are real URLs and the page gets a proper origin. The
// decisions below live in security.ts as plain functions, tested under Node.
const rendererDir = join(import.meta.dirname, '../renderer');

app.setName('Recoupe');
protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function isTrustedSender(url: string): boolean {
  return isTrusted(url, { packaged: app.isPackaged, devServer: process.env.ELECTRON_RENDERER_URL });
}

/** Serves the built renderer; any path that is not a file gets index.html (client routing). */
async function serveRenderer(request: Request): Promise<Response> {
  const target = rendererFileFor(rendererDir, new URL(request.url).pathname);
  if (!target) return new Response('Malformed address.', { status: 400 });
  return net.fetch(pathToFileURL(target).href).then((response) => {
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: 'Recoupe',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    } satisfies SecureWebPreferences,
  });
  window.once('ready-to-show', () => window.show());
  const devServer = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && devServer) void window.loadURL(devServer);
  else void window.loadURL(`${SCHEME}://app/`);
  return window;
}

/** Electron's security checklist, applied to every web contents the app ever creates. */
function guardWebContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) =>
    permissionDecision(permission),
  );
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenDecision(url);
      if (decision.openExternally) void shell.openExternal(url);
      return { action: decision.action };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedSender(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** The standard menus, with Help → Report a problem showing the log in the file manager. */
function installMenu(): void {
  const reportProblem = () => {
    const log = errorLogFile();
    if (!log) return;
    mkdirSync(dirname(log), { recursive: true });
    if (existsSync(log)) shell.showItemInFolder(log);
    else void shell.openPath(dirname(log));
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
      { role: 'fileMenu' },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
      { role: 'help', submenu: [{ label: 'Report a problem…', click: reportProblem }] },
    ]),
  );
}

let corpus: Corpus | undefined;

// One app per corpus: a second launch hands its files to this one and quits.
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();
app.on('second-instance', (_event, argv, workingDirectory) => {
  const window = BrowserWindow.getAllWindows()[0];
  if (window?.isMinimized()) window.restore();
  window?.focus();
  const files = filesToHandOver(argv, workingDirectory);
  if (corpus && files.length > 0) {
    const sources = files.map((path) => ({ kind: 'path' as const, path }));
    void dispatch(corpus.handlers, 'import:start', { sources });
  }
});

void app.whenReady().then(() => {
  if (!primary) return;
  guardWebContents();
  protocol.handle(SCHEME, serveRenderer);
  corpus = openCorpus(app.getPath('userData'));
  registerIpcHandlers(corpus.handlers, isTrustedSender);
  installMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => corpus?.close());
