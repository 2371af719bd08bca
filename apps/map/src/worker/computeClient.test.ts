import { describe, expect, it } from 'vitest';
import { FileProblem } from '../data/fileProblem.js';
import { COMPUTE_MEASURE, createComputeClient } from './computeClient.js';
import type { FootfallLayers, TerrainLayers, WorkerReply } from './protocol.js';

/** A stand-in for the compute worker that records what it is sent. */
function fakeWorker() {
  const sent: { message: { jobId: number; bytes: ArrayBuffer }; transfer: Transferable[] }[] = [];
  const worker = {
    onmessage: null as ((event: MessageEvent<WorkerReply>) => void) | null,
    postMessage(message: { jobId: number; bytes: ArrayBuffer }, transfer: Transferable[]) {
      sent.push({ message, transfer });
    },
    reply(reply: WorkerReply) {
      worker.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
    },
  };
  return { worker, sent };
}

const LIGHT = { azimuthDeg: 315, altitudeDeg: 45 };

describe('createComputeClient', () => {
  it('transfers the DSM bytes and the footprint rings, and resolves with the result of its own job', async () => {
    const { worker, sent } = fakeWorker();
    const client = createComputeClient(worker as unknown as Worker);
    const bytes = new ArrayBuffer(8);
    const progress: number[] = [];
    const ring = Float64Array.of(2.1, 43.9, 2.2, 43.9, 2.1, 44, 2.1, 43.9);
    const job = client.terrain('a.tif', bytes, LIGHT, [[ring]], (_, f) => progress.push(f));
    expect(sent[0].transfer).toEqual([bytes, ring.buffer]);
    const jobId = sent[0].message.jobId;
    worker.reply({ type: 'progress', jobId: jobId + 1, stage: 'read', fraction: 0.5 });
    worker.reply({ type: 'progress', jobId, stage: 'warp', fraction: 0.25 });
    const layers = { width: 1 } as TerrainLayers;
    worker.reply({ type: 'result', jobId, layers });
    await expect(job).resolves.toBe(layers);
    expect(progress).toEqual([0.25]);
    expect(performance.getEntriesByName(COMPUTE_MEASURE)).toHaveLength(1);
  });

  it('rejects with the problem the worker names', async () => {
    const { worker, sent } = fakeWorker();
    const client = createComputeClient(worker as unknown as Worker);
    const job = client.terrain('b.tif', new ArrayBuffer(1), LIGHT, [], () => {});
    worker.reply({
      type: 'error',
      jobId: sent[0].message.jobId,
      file: 'b.tif',
      reason: 'error.noCrs',
      params: {},
    });
    await expect(job).rejects.toEqual(new FileProblem('b.tif', 'error.noCrs'));
    await expect(job).rejects.toBeInstanceOf(FileProblem);
  });

  it('posts a footfall job and resolves with its outputs', async () => {
    const { worker, sent } = fakeWorker();
    const client = createComputeClient(worker as unknown as Worker);
    const files = {
      streets: { name: 's.geojson', value: {} },
      counts: { name: 'c.csv', text: '' },
      sites: { name: 'k.geojson', value: {} },
      shops: null,
      candidates: null,
      holidays: [],
    };
    const job = client.footfall(files);
    const { jobId } = sent[0].message;
    expect(sent[0].message).toEqual({ type: 'footfall', jobId, ...files });
    const footfall = { segments: { type: 'FeatureCollection', features: [] } } as unknown as FootfallLayers;
    worker.reply({ type: 'footfall', jobId, footfall });
    await expect(job).resolves.toBe(footfall);
  });
});
