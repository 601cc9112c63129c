// Only the ECharts modules the dashboard draws with (tree-shaken); loaded on demand by echarts-chart.js
// when a chart comes near. The SVG renderer, for downloads only, is in echarts-svg.js.
import * as echarts from 'echarts/core';
import { SankeyChart, BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([SankeyChart, BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  MarkLineComponent, CanvasRenderer]);

export { echarts };
