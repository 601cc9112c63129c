package org.ailandscape.report.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** report.json: the page's own texts. */
@JsonIgnoreProperties("$schema")
public record ReportInfo(Text kicker, Text title, String edition, Text disclaimer) {}
