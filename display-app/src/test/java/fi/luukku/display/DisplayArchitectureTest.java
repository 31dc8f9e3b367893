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
}
