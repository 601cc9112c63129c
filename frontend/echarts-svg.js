// ECharts with its SVG renderer as well, for a chart's SVG download: loaded only when one is asked for.
import { echarts } from './echarts-setup.js';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([SVGRenderer]);

export { echarts };
