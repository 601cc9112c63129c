// Only the ECharts modules the dashboard uses (tree-shaken); loaded on demand by echarts-chart.js.
import * as echarts from 'echarts/core';
import { SankeyChart, BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([SankeyChart, BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  MarkLineComponent, CanvasRenderer, SVGRenderer]);

export { echarts };
