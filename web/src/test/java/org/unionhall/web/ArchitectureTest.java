package org.unionhall.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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
    static final ArchRule pagesAndApiAreTwoFronts = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("pages").definedBy("org.unionhall.web.view..")
            .layer("member API").definedBy("org.unionhall.web.rest..")
            .whereLayer("pages").mayNotBeAccessedByAnyLayer()
            .whereLayer("member API").mayNotBeAccessedByAnyLayer()
            .because("a page and an endpoint each call the application services themselves; what both "
                    + "need lives in the services or in a package both may use");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.unionhall.web.(**)").should().beFreeOfCycles()
            .because("sign-in, the API and the pages can then each be changed without the others");

    @ArchTest
    static final ArchRule webUsesServicesNotInfrastructure = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.unionhall.infrastructure..")
            .because("the web calls the application services and the domain; JPA repositories, "
                    + "migrations, mail and timers are governance-core's business, supplied by CDI");
}
