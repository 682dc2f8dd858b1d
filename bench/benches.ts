import type { BenchContext } from './harness';
import { searchBench } from './search.bench';
import { transferBench } from './transfer.bench';
import { timelineBench } from './timeline.bench';
import { writeCostBench } from './writeCost.bench';
import { historyBench } from './history.bench';
import { syncBench } from './sync.bench';
import { openBench } from './open.bench';
import { provenanceBench } from './provenance.bench';

export interface Bench {
  name: string;
  run(ctx: BenchContext): void | Promise<void>;
}

/** Registered benchmarks; append yours here. */
export const benches: Bench[] = [searchBench, transferBench, timelineBench, writeCostBench, historyBench, openBench, syncBench, provenanceBench];
