package fi.luukku.display;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.luukku.core.arch.LuukkuArchitectureRules;

@AnalyzeClasses(packages = "fi.luukku.display", importOptions = ImportOption.DoNotIncludeTests.class)
class DisplayArchitectureTest {
    @ArchTest
    static final ArchRule displayDependsOnNoOtherApp = LuukkuArchitectureRules.APPS_ARE_INDEPENDENT_DISPLAY;

    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = LuukkuArchitectureRules.VIEW_MODELS_TOUCH_NO_NODES;

    /** board, desk, feed, sound and text depend on each other one way only; no exceptions are listed. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = LuukkuArchitectureRules.FEATURES_ARE_FREE_OF_CYCLES;
}
