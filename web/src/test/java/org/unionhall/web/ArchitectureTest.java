package org.unionhall.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The parts of the web module, as {@code docs/architecture.md} describes them, checked on every
 * {@code mvn test}. Pages ({@code view}) and the member API ({@code rest}) are two fronts on the
 * same application services: neither calls the other. Both may use {@code security} (who is
 * signed in) and {@code problem} (how a refusal is written); {@code config} wires the
 * application together. None of them reaches past the services into governance-core's
 * infrastructure: CDI supplies the implementations.
 */
@AnalyzeClasses(packages = "org.unionhall.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pagesDoNotUseTheApi = noClasses()
            .that().resideInAPackage("org.unionhall.web.view..")
            .should().dependOnClassesThat().resideInAPackage("org.unionhall.web.rest..")
            .because("a page calls the application services itself; what both fronts need lives "
                    + "in the services or in a package both may use");

    @ArchTest
    static final ArchRule apiDoesNotUsePages = noClasses()
            .that().resideInAPackage("org.unionhall.web.rest..")
            .should().dependOnClassesThat().resideInAPackage("org.unionhall.web.view..")
            .because("the member API answers the same questions as the pages without depending "
                    + "on how a page shows them");

    @ArchTest
    static final ArchRule webUsesServicesNotInfrastructure = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.unionhall.infrastructure..")
            .because("the web calls the application services and the domain; JPA repositories, "
                    + "migrations, mail and timers are governance-core's business, supplied by CDI");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.unionhall.web.(**)")
            .should().beFreeOfCycles()
            .because("each package can then be read, and changed, knowing only the packages "
                    + "below it");
}
