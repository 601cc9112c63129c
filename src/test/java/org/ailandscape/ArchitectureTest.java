package org.ailandscape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shape of the code: data flows one way, the chart knows nothing of the report, no cycles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ailandscape");

    @Test
    void theChartKnowsNothingOfTheReport() {
        noClasses().that().resideInAPackage("..chart..")
                .should().dependOnClassesThat().resideInAnyPackage("..report..", "..ui..", "..api..")
                .check(CLASSES);
    }

    @Test
    void theReportKnowsNothingOfViews() {
        noClasses().that().resideInAPackage("..report..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..chart..", "..page..", "..link..", "com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void theLinkSchemeAndThePageRenderWithoutVaadin() {
        noClasses().that().resideInAnyPackage("..link..", "..page..", "..share..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void theApiAndTheLinkPreviewsDoNotDependOnTheLivePage() {
        noClasses().that().resideInAnyPackage("..api..", "..share..", "..page..", "..link..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverReadFilesOrParseJson() {
        noClasses().that().resideInAnyPackage("..ui..", "..page..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "tools.jackson.core..")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.ailandscape.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
