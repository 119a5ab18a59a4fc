/** The China map drawn by maplibre (WebGL): the shared flows of map-flows.ts. */
import { defineMapTests } from './map-flows';

defineMapTests({ name: 'WebGL map', kind: 'webgl' });
