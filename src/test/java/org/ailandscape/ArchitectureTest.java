package org.ailandscape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
    void theLinkSchemeTheReadingTheFiguresTheApiAndTheLinkPreviewsAreFreeOfVaadin() {
        noClasses().that().resideInAnyPackage("..link..", "..reading..", "..figures..", "..share..", "..api..", "..report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void nothingUsesFlowsInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.internal..", "com.vaadin.flow.component.internal..",
                        "com.vaadin.flow.router.internal..")
                .check(new ClassFileImporter().importPackages("org.ailandscape"));
    }

    @Test
    void thePagesComponentsKnowNothingOfTheRouteOrTheFirstResponse() {
        noClasses().that().resideInAnyPackage("..page..", "..chart..", "..api..", "..share..", "..link..", "..reading..", "..figures..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void thePageIsBuiltOfComponentsNotJsoupMarkup() {
        // jsoup may parse and sanitise (and write a document's head); the page's markup is Flow's elements.
        noClasses().that().resideInAnyPackage("..page..").and().doNotHaveSimpleName("EmbedPage").and().doNotHaveSimpleName("Rendered")
                .should().dependOnClassesThat().resideInAPackage("org.jsoup..")
                .check(CLASSES);
    }

    @Test
    void theSectionsAreVaadinComponents() {
        classes().that().resideInAPackage("..page..").and().haveSimpleNameEndingWith("Section")
                .should().beAssignableTo(com.vaadin.flow.component.Component.class)
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
