package org.ailandscape.report;

import org.ailandscape.report.model.Language;
import org.ailandscape.report.model.Text;

/**
 * Where a search term occurs: the section, the item inside it (a segment, a company, a FAQ question…),
 * the item's title, and a snippet of the matching text in the language it matched.
 */
public record SearchHit(Section section, String itemId, Text title, String snippet, Language language) {}
