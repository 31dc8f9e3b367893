package fi.luukku.advisor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.luukku.core.arch.LuukkuArchitectureRules;

@AnalyzeClasses(packages = "fi.luukku.advisor", importOptions = ImportOption.DoNotIncludeTests.class)
class AdvisorArchitectureTest {
    @ArchTest
    static final ArchRule appsAreIndependent = LuukkuArchitectureRules.APPS_ARE_INDEPENDENT_ADVISOR;

    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = LuukkuArchitectureRules.VIEW_MODELS_TOUCH_NO_NODES;
}
