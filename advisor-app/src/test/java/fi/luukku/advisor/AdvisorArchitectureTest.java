package fi.luukku.advisor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import fi.luukku.core.arch.LuukkuArchitectureRules;

@AnalyzeClasses(packages = "fi.luukku.advisor", importOptions = ImportOption.DoNotIncludeTests.class)
class AdvisorArchitectureTest {
    @ArchTest
    static final ArchRule appsAreIndependent = LuukkuArchitectureRules.APPS_ARE_INDEPENDENT_ADVISOR;

    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = LuukkuArchitectureRules.VIEW_MODELS_TOUCH_NO_NODES;

    /** The console's feature packages depend on each other one way only; no exceptions are listed. */
    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = SlicesRuleDefinition.slices()
            .matching("fi.luukku.advisor.(*)..")
            .should()
            .beFreeOfCycles();
}
