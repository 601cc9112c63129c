/**
 * The analysts' editor: corrections made in the browser, under the loader's own checks, reviewed and
 * published as a new version of the version store, with an audit of who did what and why.
 *
 * <p>The dataset is edited as it is stored: as JSON files, each field named by its file and JSON path
 * ({@code $.kpis[0].figures[0].value}), the same names the loader's problems and the version store's
 * changes use. A draft is a set of such field changes, each with the value it replaces; it is checked by
 * applying it to the latest files and loading them with {@link org.ailandscape.report.ReportLoader}, so
 * the editor's rules are the loader's, not a copy.
 */
@org.jspecify.annotations.NullMarked
package org.ailandscape.edit;
