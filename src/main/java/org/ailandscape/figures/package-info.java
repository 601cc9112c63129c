/**
 * The report's figures as charts: each chart's ECharts option and the same numbers as a table
 * ({@link org.ailandscape.figures.ChartTable}), for the page, the chart's CSV and the dataset zip. No Vaadin
 * here, and nothing of the page's markup: a table is data that the page and the CSV each write their way.
 */
@NullMarked
package org.ailandscape.figures;

import org.jspecify.annotations.NullMarked;
