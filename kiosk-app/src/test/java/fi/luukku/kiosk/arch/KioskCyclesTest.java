package fi.luukku.kiosk.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The kiosk app's feature packages depend on one another in one direction only: screens on the narrow session
 * interfaces, the shell on the screens. No exceptions are listed.
 */
@AnalyzeClasses(packages = "fi.luukku.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class KioskCyclesTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("fi.luukku.kiosk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule screensDoNotKnowTheShell = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
            .that()
            .resideInAnyPackage(
                    "fi.luukku.kiosk.start..",
                    "fi.luukku.kiosk.home..",
                    "fi.luukku.kiosk.needs..",
                    "fi.luukku.kiosk.appointment..",
                    "fi.luukku.kiosk.ticket..",
                    "fi.luukku.kiosk.staff..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("fi.luukku.kiosk.shell..");
}
