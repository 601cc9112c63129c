package org.ailandscape.report;

import org.ailandscape.report.model.Charts;
import org.ailandscape.report.model.Companies;
import org.ailandscape.report.model.Faq;
import org.ailandscape.report.model.Forces;
import org.ailandscape.report.model.Kpis;
import org.ailandscape.report.model.MarketStructure;
import org.ailandscape.report.model.Overview;
import org.ailandscape.report.model.Regions;
import org.ailandscape.report.model.ReportInfo;
import org.ailandscape.report.model.Sources;
import org.ailandscape.report.model.ValueChain;

/** The files of the dataset and the record each is read into. */
public enum DataFile {
    SOURCES("sources.json", Sources.class),
    REPORT("report.json", ReportInfo.class),
    OVERVIEW("overview.json", Overview.class),
    KPIS("kpis.json", Kpis.class),
    VALUE_CHAIN("value-chain.json", ValueChain.class),
    MARKET_STRUCTURE("market-structure.json", MarketStructure.class),
    COMPANIES("companies.json", Companies.class),
    FORCES("forces.json", Forces.class),
    REGIONS("regions.json", Regions.class),
    FAQ("faq.json", Faq.class),
    CHARTS("charts.json", Charts.class);

    private final String fileName;
    private final Class<? extends Record> type;

    DataFile(String fileName, Class<? extends Record> type) {
        this.fileName = fileName;
        this.type = type;
    }

    public String fileName() { return fileName; }

    public Class<? extends Record> type() { return type; }

    public static boolean isDataFile(String name) {
        for (DataFile file : values()) {
            if (file.fileName.equals(name)) return true;
        }
        return false;
    }
}
