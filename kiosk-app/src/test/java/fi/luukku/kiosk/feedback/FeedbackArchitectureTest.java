package fi.luukku.kiosk.feedback;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import fi.luukku.core.arch.LuukkuArchitectureRules;

/** The feedback terminal keeps the suite's rules: view models touch no nodes, the app uses no other app. */
@AnalyzeClasses(packages = "fi.luukku.kiosk.feedback", importOptions = ImportOption.DoNotIncludeTests.class)
class FeedbackArchitectureTest {
    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = LuukkuArchitectureRules.VIEW_MODELS_TOUCH_NO_NODES;

    @ArchTest
    static final ArchRule kioskUsesNoOtherApp = LuukkuArchitectureRules.APPS_ARE_INDEPENDENT_KIOSK;
}
