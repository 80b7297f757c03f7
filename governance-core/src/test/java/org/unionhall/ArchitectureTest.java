package org.unionhall;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of governance-core, as {@code docs/architecture.md} describes them, checked on
 * every {@code mvn test}. Read from the inside out: the domain (unions, members, mandates,
 * motions, elections) knows only itself and ballot-crypto; the application services call the
 * domain and reach storage, mail and clocks only through interfaces the domain or the
 * application declares; infrastructure implements those interfaces with JPA, Flyway, mail and
 * timers. The web module sits on top and nothing here knows it.
 */
@AnalyzeClasses(packages = {"org.unionhall.domain", "org.unionhall.application", "org.unionhall.infrastructure"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("org.unionhall.domain..")
            .layer("application").definedBy("org.unionhall.application..")
            .layer("infrastructure").definedBy("org.unionhall.infrastructure..")
            .whereLayer("infrastructure").mayNotBeAccessedByAnyLayer()
            .whereLayer("application").mayOnlyBeAccessedByLayers("infrastructure")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("application", "infrastructure")
            .because("the domain states the union's rules in its own words, and a service names the "
                    + "domain's repository interface (e.g. Motions) while infrastructure supplies its JPA "
                    + "implementation through CDI");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheWeb = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.unionhall.web..", "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..",
                    "jakarta.security.enterprise..", "org.primefaces..")
            .because("pages, the REST API and sign-in live in the web module, which calls the "
                    + "services; the core must run the same behind any front");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.unionhall.(**)")
            .should().beFreeOfCycles()
            .because("each package can then be read, and changed, knowing only the packages "
                    + "below it");
}
