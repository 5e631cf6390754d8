package org.coplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules talk through each other's public API only, and domain rules stay free of Spring and the web. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(CoplanApplication.class);
    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coplan");

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void domainRulesDoNotDependOnSpringOrTheWeb() {
        noClasses().that().resideInAPackage("..domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "..web..", "..internal..")
                .check(classes);
    }

    /** The statutory dates stand alone: every other module may use them, and they use none. */
    @Test
    void theDeadlinesModuleDependsOnNoOtherCoplanModule() {
        classes().that().resideInAPackage("org.coplan.deadlines..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.coplan.deadlines..", "java..", "de.focus_shift.jollyday..",
                        "org.springframework..")
                .check(classes);
        noClasses().that().resideInAPackage("org.coplan.deadlines").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .as("the rules themselves are plain Java; only the configuration in deadlines.internal uses Spring")
                .check(classes);
    }

    @Test
    void controllersDoNotTalkToTheDatabaseDirectly() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(classes);
    }

    /** Controllers bind, call and render: what they read and change goes through a service of their module, never a repository. */
    @Test
    void controllersCallNoRepository() {
        noClasses().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().accessClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .check(classes);
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
