// The vendored Apache ECharts (UMD, sets window.echarts; ADR-038), loaded only when a chart is drawn (the review and
// the evaluation): 1.1 MB of script is not parsed before the first screen (issue #19). One script element for all
// callers; after a failure the next call tries again.
import { t } from './i18n.js';

const source = new URL('../vendor/echarts.min.js', import.meta.url).href;
let loading = null;

export function loadECharts() {
  if (globalThis.echarts) return Promise.resolve(globalThis.echarts);
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = source;
    script.addEventListener('load', () => (globalThis.echarts ? resolve(globalThis.echarts)
      : reject(new Error(t('chartsFailed')))));
    script.addEventListener('error', () => {
      script.remove();
      loading = null;
      reject(new Error(t('chartsFailed')));
    });
    document.head.append(script);
  });
  return loading;
}
