import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportSource } from '../../../../shared/contract';
import { MAX_IMPORT_BYTES } from '../../../../shared/import-limits';
import type { ImportJob, ImportJobItem } from '../../../../shared/domain';
import { api } from '../../lib/api';
import { describeError, errorSentence } from '../../lib/errors';
import { strings } from '../../lib/strings';
import type { Dropped } from './dropped';
import type { ImportAnswer } from './ImportQuestion';

/** Where one file stands, as the import panel shows it. */
export type ImportStatus = ImportJobItem['status'];

/** One file in the import panel. */
export interface ImportItem {
  key: string;
  name: string;
  status: ImportStatus;
  documentId?: number;
  error?: string;
  telegram?: ImportJobItem['telegram'];
  /** What main asks before importing this file, answered with `answer`. */
  question?: ImportJobItem['question'];
  /** The file's key in its job (files the job has not listed yet have none). */
  jobKey?: number;
}

/** How often the panel asks main where the job stands. */
const POLL_MS = 250;

/** Browser mode sends bytes; base64 keeps them inside the JSON contract. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function tooLarge(key: string, file: File): ImportItem {
  const megabytes = Math.round((file.size / 1024 / 1024) * 10) / 10;
  return {
    key,
    name: file.name,
    status: 'failed',
    error: strings.errors.tooLarge(file.name, megabytes, MAX_IMPORT_BYTES / 1024 / 1024),
  };
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * The import queue, run as a background job in main: paths (Electron, folders included) go in
 * one call; in browser mode each file's bytes are read and sent one at a time, so a large
 * batch is never held in memory at once. The panel follows the job by polling its status;
 * Cancel stops both the uploads still waiting here and the job in main.
 */
export function useImport(onImported: (documentId: number, redated: readonly number[]) => void) {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [waiting, setWaiting] = useState<{ key: string; file: File }[]>([]);
  const jobId = useRef<string | null>(null);
  const jobState = useRef<ImportJob['state'] | null>(null);
  const uploads = useRef<{ key: string; file: File }[]>([]);
  const uploading = useRef(false);
  const counter = useRef(0);
  const seen = useRef(new Set<number>());
  const seenExports = useRef(new Set<string>());
  const [error, setError] = useState<string | null>(null);
  // Files refused before upload (too large to send), shown beside the job's own items.
  const [refused, setRefused] = useState<ImportItem[]>([]);
  // Files uploaded to the current job, in order: those past the job's own list are still shown
  // as queued, so the count never drops ("0 of 1 files processed" with five chosen).
  const [sent, setSent] = useState<{ key: string; name: string }[]>([]);

  // Answers can arrive out of order (a status poll sent before an import:add answered after
  // it): only an answer to a later request than the last one shown replaces it.
  const requests = useRef(0);
  const shown = useRef(0);
  const shownJob = useRef<{ id: string | null; items: number }>({ id: null, items: 0 });
  const accept = useCallback(
    (next: ImportJob, request: number) => {
      if (
        request < shown.current &&
        !(next.id === shownJob.current.id && next.items.length > shownJob.current.items)
      )
        return;
      // A job only gains files: an answer listing fewer (a poll answered before an add it was
      // sent after) would drop a file from the count for a moment ("0 of 1" with five chosen).
      if (next.id === shownJob.current.id && next.items.length < shownJob.current.items) return;
      shown.current = Math.max(shown.current, request);
      shownJob.current = { id: next.id, items: next.items.length };
      jobState.current = next.state;
      setJob(next);
      for (const item of next.items) {
        if (item.status === 'imported' && item.documentId && !seen.current.has(item.documentId)) {
          seen.current.add(item.documentId);
          onImported(item.documentId, item.redated ?? []);
        }
        // A Telegram export makes many documents: the library reloads once it is done.
        const exportKey = `${next.id}-${item.key}`;
        if (item.status === 'imported' && item.telegram && !seenExports.current.has(exportKey)) {
          seenExports.current.add(exportKey);
          onImported(0, []);
        }
      }
    },
    [onImported],
  );

  const send = useCallback(
    async (sources: ImportSource[]) => {
      // Files dropped while a job runs (or after it ended) join it; after Cancel a new one starts.
      const request = ++requests.current;
      const result =
        jobId.current && jobState.current !== 'cancelled'
          ? await api.invoke('import:add', { jobId: jobId.current, sources })
          : await api.invoke('import:start', { sources });
      if (!result.ok) {
        setError(describeError(result.error).message);
        return;
      }
      if (jobId.current !== result.value.id) setSent([]);
      jobId.current = result.value.id;
      accept(result.value, request);
    },
    [accept],
  );

  const drainUploads = useCallback(async () => {
    if (uploading.current) return;
    uploading.current = true;
    let next: { key: string; file: File } | undefined;
    while ((next = uploads.current.shift())) {
      const { key: waitingKey, file } = next;
      if (file.size > MAX_IMPORT_BYTES) {
        setWaiting((all) => all.filter((entry) => entry.key !== waitingKey));
        setRefused((all) => [...all, tooLarge(waitingKey, file)]);
        continue;
      }
      const source: ImportSource = {
        kind: 'bytes',
        name: next.file.name,
        base64: await toBase64(next.file),
      };
      const key = next.key;
      await send([source]);
      // Sent, but the job's answer may not list it yet: it stays counted until it does.
      setSent((all) => [...all, { key, name: file.name }]);
      setWaiting((all) => all.filter((entry) => entry.key !== key));
    }
    uploading.current = false;
  }, [send]);

  /** Queues dropped or chosen files and folders. */
  const add = useCallback(
    (dropped: Dropped) => {
      setError(null);
      if (dropped.kind === 'paths') {
        void send(dropped.paths.map((path) => ({ kind: 'path' as const, path })));
        return;
      }
      const added = dropped.files.map((file) => ({ key: `local-${++counter.current}`, file }));
      uploads.current.push(...added);
      setWaiting((all) => [...all, ...added]);
      void drainUploads();
    },
    [send, drainUploads],
  );

  const running = job?.state === 'running' || waiting.length > 0;
  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setInterval(() => {
      if (!jobId.current) return;
      const request = ++requests.current;
      void api.invoke('import:status', { jobId: jobId.current }).then((result) => {
        if (result.ok) accept(result.value, request);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [job?.state, accept]);

  const cancel = useCallback(() => {
    uploads.current = [];
    setWaiting([]);
    if (jobId.current) {
      const request = ++requests.current;
      void api.invoke('import:cancel', { jobId: jobId.current }).then((result) => {
        if (result.ok) accept(result.value, request);
      });
    }
  }, [accept]);

  /** Answers a file's question: main imports it again, from what it kept, with the yes. */
  const answer = useCallback(
    (item: ImportItem, given: ImportAnswer) => {
      if (!jobId.current || item.jobKey === undefined) return;
      const request = ++requests.current;
      void api
        .invoke('import:confirm', { jobId: jobId.current, key: item.jobKey, ...given })
        .then((result) => {
          if (result.ok) accept(result.value, request);
          else setError(describeError(result.error).message);
        });
    },
    [accept],
  );

  const clear = useCallback(() => {
    if (running) return;
    jobId.current = null;
    jobState.current = null;
    setJob(null);
    setSent([]);
    setRefused([]);
    setError(null);
  }, [running]);

  const items: ImportItem[] = [
    ...(job?.items ?? []).map((item) => ({
      key: `job-${item.key}`,
      name: baseName(item.file),
      status: item.status,
      documentId: item.documentId,
      error:
        item.error && errorSentence(item.errorCode ?? 'internal', item.error, baseName(item.file)),
      telegram: item.telegram,
      question: item.question,
      jobKey: item.key,
    })),
    ...sent
      .slice(job?.items.length ?? 0)
      .map(({ key, name }) => ({ key, name, status: 'queued' as const })),
    ...refused,
    ...waiting.map(({ key, file }) => ({ key, name: file.name, status: 'queued' as const })),
  ];
  return { items, job, running, error, add, cancel, clear, answer };
}
