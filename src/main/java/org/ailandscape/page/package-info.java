/**
 * The page as Vaadin components: {@link org.ailandscape.page.ReportPage} and one component per section
 * ({@code OverviewSection}, {@code KpiSection} with its {@code MetricCard}s and their {@code Explanation}
 * popovers, {@code ValueChainSection} with the Sankey, {@code CompaniesSection} with the sortable
 * {@code CompanyTable}, {@code FaqSection} of {@code FaqEntry} disclosures…), each bound to one
 * {@link org.ailandscape.report.ReportSnapshot snapshot} and shown for one
 * {@link org.ailandscape.link.PageState link}. The same tree draws the first response (built detached,
 * written out with Flow's own {@code Element.getOuterHTML()}) and is the live page: a reader's action is a
 * component event reaching a server listener, which changes the view ({@link org.ailandscape.page.ViewChanges}),
 * and each component changes only what the new view changes. Static prose is one {@link org.ailandscape.page.Block}
 * per part, built with Flow's {@code Element} API: text goes in as text, never as markup.
 */
@NullMarked
package org.ailandscape.page;

import org.jspecify.annotations.NullMarked;
